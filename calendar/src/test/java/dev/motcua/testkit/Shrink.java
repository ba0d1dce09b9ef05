package dev.motcua.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Shrinkers for {@link Property#shrinking}: each gives the candidates simpler than an input, the preferred first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Shrink {

  private Shrink() {}

  /**
   * The non-empty proper prefixes of a list, shortest first: the step finds the shortest failing prefix in one go,
   * which suits histories, where a later event needs the earlier ones (and an empty history means nothing).
   *
   * @param <E> the type of the elements
   * @return the shrinker
   */
  public static <E> Function<List<E>, Stream<List<E>>> prefixes() {
    return list -> IntStream.range(1, list.size()).mapToObj(n -> List.copyOf(list.subList(0, n)));
  }

  /**
   * The list without one of its elements, each in turn: repeated, the step finds a failing sublist from which no
   * single element can be removed.
   *
   * @param <E> the type of the elements
   * @return the shrinker
   */
  public static <E> Function<List<E>, Stream<List<E>>> removingOne() {
    return list -> IntStream.range(0, list.size()).mapToObj(i -> {
      List<E> smaller = new ArrayList<>(list);
      smaller.remove(i);
      return smaller;
    });
  }

  /**
   * Half of an int, toward zero: repeated, the step finds a failing value whose half passes.
   *
   * @return the shrinker
   */
  public static Function<Integer, Stream<Integer>> halving() {
    return n -> n / 2 == n ? Stream.empty() : Stream.of(n / 2);
  }
}
