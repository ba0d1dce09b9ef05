package dev.motcua.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of administrative procedures (danh mục thủ tục hành chính) a one-stop unit receives: by
 * code, each procedure's field, competent agency, processing time and Saturday reception.
 *
 * <p>Hosts build it from their published procedures with {@link #of(Collection)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcedureCatalogue {
  private final ImmutableMap<String, Procedure> byCode;

  private ProcedureCatalogue(ImmutableMap<String, Procedure> byCode) {
    this.byCode = byCode;
  }

  /**
   * Creates a catalogue, in the given order.
   *
   * @param procedures the procedures, each code once
   * @return the catalogue
   * @throws IllegalArgumentException if a code appears more than once
   */
  public static ProcedureCatalogue of(Collection<Procedure> procedures) {
    Objects.requireNonNull(procedures, "procedures");
    ImmutableMap.Builder<String, Procedure> b = ImmutableMap.builderWithExpectedSize(procedures.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Procedure p : procedures) {
      Objects.requireNonNull(p, "procedure");
      checkArgument(seen.add(p.code()), "Procedure code %s appears more than once", p.code());
      b.put(p.code(), p);
    }
    return new ProcedureCatalogue(b.build());
  }

  /**
   * Finds a procedure by code.
   *
   * @param code the procedure's code
   * @return the procedure, or empty if not in the catalogue
   */
  public Optional<Procedure> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns whether a procedure is in the catalogue.
   *
   * @param code the procedure's code
   * @return true if present
   */
  public boolean contains(String code) {
    return byCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the procedures, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Procedure> procedures() {
    return byCode.values().asList();
  }

  /**
   * Returns the number of procedures.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  @Override
  public String toString() {
    return "ProcedureCatalogue{" + byCode.size() + " procedures}";
  }
}
