package dev.motcua.testkit;

import java.util.Iterator;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded property of motcua's own tests: a law checked on generated inputs, with one seed policy for the whole
 * project and a small shrinking step (DESIGN §10; no property-testing framework).
 *
 * <p>Seed policy: the run has one <em>base seed</em>, read from the system property {@value #SEED_PROPERTY}:
 * absent, it is {@value #DEFAULT_SEED}, so that two runs draw the same inputs; {@code -Dmotcua.seed=12345} sets it;
 * {@code -Dmotcua.seed=random} draws one (printed to the standard error when drawn). Each property mixes the base
 * seed with its name ({@link #seed(String)}), so properties draw independent inputs and one base seed reproduces
 * them all. A failure names the base seed to rerun with, the trial, the simplest failing input found by the
 * shrinking step and the original one.
 *
 * <pre>{@code
 * Property.forAll("months tile", r -> YearMonth.of(2 + r.nextInt(9997), 1 + r.nextInt(12)))
 *     .trials(2_000)
 *     .verify(m -> assertEquals(ReportPeriod.monthly(m).end(), ReportPeriod.monthly(m.plusMonths(1)).start()));
 *
 * Property.forAll("identities", r -> randomFacts(r, 80))
 *     .shrinking(Shrink.removingOne())
 *     .check(facts -> identitiesHold(report(facts)));
 * }</pre>
 *
 * <p>Shared by every module's tests through the calendar module's test-jar (calendar and core do not know each
 * other, so the harness lives with the module that has no dependency on the others); its package,
 * {@code dev.motcua.testkit}, splits with no main package. It uses the JDK only, so it works from any test
 * framework.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the inputs
 */
public final class Property<T> {

  /** The system property that sets the base seed: a number, or {@value #RANDOM} for a random one. */
  public static final String SEED_PROPERTY = "motcua.seed";
  /** The value of {@value #SEED_PROPERTY} that asks for a random base seed. */
  public static final String RANDOM = "random";
  /** The base seed when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 20_260_213L;
  /** How many inputs {@link #forAll} draws unless {@link #trials(int)} says otherwise. */
  public static final int DEFAULT_TRIALS = 100;
  /** The shrinking step stops after this many evaluations of the law. */
  static final int MAX_SHRINK_EVALUATIONS = 10_000;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  // Read once: every property of a run uses the same base seed, and a random one is drawn and printed once.
  private static final long BASE_SEED = readBaseSeed();

  private final String name;
  private final @Nullable Function<Random, ? extends T> generator;
  private final @Nullable LongFunction<? extends Stream<? extends T>> inputs;
  private final int trials;
  private final Function<? super T, ? extends Stream<? extends T>> simpler;
  private final long baseSeed;

  private Property(String name, @Nullable Function<Random, ? extends T> generator,
      @Nullable LongFunction<? extends Stream<? extends T>> inputs, int trials,
      Function<? super T, ? extends Stream<? extends T>> simpler, long baseSeed) {
    this.name = name;
    this.generator = generator;
    this.inputs = inputs;
    this.trials = trials;
    this.simpler = simpler;
    this.baseSeed = baseSeed;
  }

  /**
   * A property over {@link #DEFAULT_TRIALS} inputs drawn one after the other from one {@link Random} seeded with
   * {@link #seed(String) seed(name)}.
   *
   * @param name the property's name, in failure messages and in its seed
   * @param generator draws one input
   * @param <T> the type of the inputs
   * @return the property, without shrinking
   */
  public static <T> Property<T> forAll(String name, Function<Random, ? extends T> generator) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(generator, "generator");
    return new Property<>(name, generator, null, DEFAULT_TRIALS, x -> Stream.empty(), BASE_SEED);
  }

  /**
   * A property over a finite stream of inputs made from the property's seed, e.g. the first 600 histories of a
   * seeded generator; {@link #trials(int)} does not apply.
   *
   * @param name the property's name, in failure messages and in its seed
   * @param inputs makes the inputs from {@link #seed(String) seed(name)}
   * @param <T> the type of the inputs
   * @return the property, without shrinking
   */
  public static <T> Property<T> forEach(String name, LongFunction<? extends Stream<? extends T>> inputs) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputs, "inputs");
    return new Property<>(name, null, inputs, DEFAULT_TRIALS, x -> Stream.empty(), BASE_SEED);
  }

  /**
   * Returns a copy that draws another number of inputs.
   *
   * @param trials at least 1
   * @return the property
   * @throws IllegalArgumentException if {@code trials} is not positive
   */
  public Property<T> trials(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("Trials must be positive, was " + trials);
    }
    return new Property<>(name, generator, inputs, trials, simpler, baseSeed);
  }

  /**
   * Returns a copy that shrinks a failing input: {@code simpler} gives candidates simpler than an input, the
   * preferred first; the step keeps the first candidate that still fails and repeats until none does.
   *
   * @param simpler the candidates simpler than an input, see {@link Shrink}
   * @return the property
   */
  public Property<T> shrinking(Function<? super T, ? extends Stream<? extends T>> simpler) {
    return new Property<>(name, generator, inputs, trials, Objects.requireNonNull(simpler, "simpler"), baseSeed);
  }

  /**
   * Returns a copy that ignores {@value #SEED_PROPERTY} and uses this base seed: for tests of the harness itself
   * and of laws that must catch a known broken implementation.
   *
   * @param baseSeed the base seed
   * @return the property
   */
  public Property<T> withBaseSeed(long baseSeed) {
    return new Property<>(name, generator, inputs, trials, simpler, baseSeed);
  }

  /**
   * Checks a law given as a predicate: an input fails if the predicate is false or throws.
   *
   * @param law the law
   * @throws AssertionError naming the seed, the trial and the simplest failing input, if an input fails
   */
  public void check(Predicate<? super T> law) {
    Objects.requireNonNull(law, "law");
    run(input -> law.test(input) ? null : new AssertionError("the law is false"));
  }

  /**
   * Checks a law given as assertions: an input fails if the law throws (an {@link AssertionError} or a runtime
   * exception).
   *
   * @param law the law
   * @throws AssertionError naming the seed, the trial and the simplest failing input, if an input fails
   */
  public void verify(Consumer<? super T> law) {
    Objects.requireNonNull(law, "law");
    run(input -> {
      law.accept(input);
      return null;
    });
  }

  /** The outcome of the law on one input: null if it holds, else why not. */
  private interface Outcome<T> {
    @Nullable Throwable of(T input);
  }

  private void run(Outcome<T> law) {
    long seed = seed(name, baseSeed);
    if (generator != null) {
      Random random = new Random(seed);
      for (int trial = 0; trial < trials; trial++) {
        test(law, generator.apply(random), trial);
      }
    } else {
      int[] trial = {0};
      Objects.requireNonNull(inputs).apply(seed).forEachOrdered(input -> test(law, input, trial[0]++));
    }
  }

  private void test(Outcome<T> law, T input, int trial) {
    Throwable failure = outcome(law, input);
    if (failure == null) {
      return;
    }
    T simplest = input;
    int steps = 0;
    int evaluations = 0;
    boolean progress = true;
    while (progress && evaluations < MAX_SHRINK_EVALUATIONS) {
      progress = false;
      Iterator<? extends T> candidates = simpler.apply(simplest).iterator();
      while (candidates.hasNext() && evaluations++ < MAX_SHRINK_EVALUATIONS) {
        T candidate = candidates.next();
        Throwable f = outcome(law, candidate);
        if (f != null) {
          simplest = candidate;
          failure = f;
          steps++;
          progress = true;
          break;
        }
      }
    }
    throw new AssertionError(failureMessage(name, baseSeed, trial, simplest, steps, input, failure), failure);
  }

  private static <T> @Nullable Throwable outcome(Outcome<T> law, T input) {
    try {
      return law.of(input);
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  static String failureMessage(String name, long baseSeed, int trial, Object simplest, int steps, Object original,
      Throwable failure) {
    String nl = System.lineSeparator();
    return "Property '" + name + "' fails with seed " + baseSeed + " (rerun with -D" + SEED_PROPERTY + "=" + baseSeed
        + "), trial " + trial + nl
        + "simplest failing input (" + steps + (steps == 1 ? " shrinking step" : " shrinking steps") + "): "
        + simplest + nl
        + (steps == 0 ? "" : "original failing input: " + original + nl)
        + "because: " + failure;
  }

  // ---------------------------------------------------------------- seeds

  /**
   * Returns the run's base seed, by the policy of the class comment.
   *
   * @return the base seed
   */
  public static long baseSeed() {
    return BASE_SEED;
  }

  /**
   * Returns the seed of a named property: the base seed mixed with the name, the same on every run with the same
   * base seed. For tests that seed something else, a generator of dossiers say: they must name
   * {@link #describeSeed()} in their failure messages, or, better, use {@link #forEach}.
   *
   * @param name the property's name
   * @return its seed
   */
  public static long seed(String name) {
    return seed(name, BASE_SEED);
  }

  static long seed(String name, long baseSeed) {
    // SplitMix64's finaliser: nearby base seeds and similar names still give unrelated seeds.
    long z = baseSeed * GOLDEN + Objects.requireNonNull(name, "name").hashCode();
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns {@code count} seeds for the cases of a parameterized test, derived from {@link #seed(String)}.
   *
   * @param name the property's name
   * @param count how many
   * @return the seeds, the same on every run with the same base seed
   */
  public static LongStream seeds(String name, int count) {
    SplittableRandom random = new SplittableRandom(seed(name));
    return LongStream.generate(random::nextLong).limit(count);
  }

  /**
   * Returns "seed N (rerun with -Dmotcua.seed=N)" for the base seed, for failure messages.
   *
   * @return the text
   */
  public static String describeSeed() {
    return "seed " + BASE_SEED + " (rerun with -D" + SEED_PROPERTY + "=" + BASE_SEED + ")";
  }

  /**
   * Parses a value of {@value #SEED_PROPERTY}: null or blank gives {@value #DEFAULT_SEED}, {@value #RANDOM} a random
   * seed, anything else must be a {@code long}.
   *
   * @param value the property's value, or null if not set
   * @param random where a random seed comes from
   * @return the base seed
   * @throws IllegalArgumentException if the value is neither a number nor {@value #RANDOM}
   */
  public static long parseSeed(@Nullable String value, SplittableRandom random) {
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    if (value.strip().equalsIgnoreCase(RANDOM)) {
      return random.nextLong();
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a number or '" + RANDOM + "', was '"
          + value + "'", e);
    }
  }

  private static long readBaseSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    long seed = parseSeed(value, new SplittableRandom());
    if (value != null && value.strip().equalsIgnoreCase(RANDOM)) {
      System.err.println("motcua property tests: random base seed " + seed + " (rerun with -D" + SEED_PROPERTY
          + "=" + seed + ")");
    }
    return seed;
  }

  @Override
  public String toString() {
    return "Property '" + name + "' (base seed " + baseSeed + (generator != null ? ", " + trials + " trials" : "")
        + ")";
  }
}
