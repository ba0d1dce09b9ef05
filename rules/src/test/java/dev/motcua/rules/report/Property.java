package dev.motcua.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Seeded property checks without a property-testing framework (DESIGN §9): the seed is printed and can be
 * overridden with {@code -Dmotcua.seed=N}; a failure names the seed, the trial and the smallest failing
 * sublist found by removing elements one at a time.
 */
final class Property {

  private Property() {}

  static long seed(String property, long defaultSeed) {
    long seed = Long.getLong("motcua.seed", defaultSeed);
    System.out.println(property + ": seed " + seed + " (rerun with -Dmotcua.seed=" + seed + ")");
    return seed;
  }

  /** Checks {@code law} on {@code trials} lists drawn by {@code generator}; shrinks the first failure. */
  static <T> void forAllLists(String property, long defaultSeed, int trials,
      Function<Random, List<T>> generator, Predicate<List<T>> law) {
    long seed = seed(property, defaultSeed);
    Random random = new Random(seed);
    for (int trial = 0; trial < trials; trial++) {
      List<T> input = generator.apply(random);
      if (!holds(law, input)) {
        List<T> smallest = shrink(input, law);
        throw new AssertionError(String.format(
            "%s fails with seed %d, trial %d, on %d elements; smallest failing sublist (%d elements):%n%s",
            property, seed, trial, input.size(), smallest.size(), render(smallest)));
      }
    }
  }

  static <T> boolean holds(Predicate<List<T>> law, List<T> input) {
    try {
      return law.test(input);
    } catch (RuntimeException | AssertionError e) {
      return false;
    }
  }

  /** Greedy one-element removal until no single removal keeps the failure. */
  static <T> List<T> shrink(List<T> failing, Predicate<List<T>> law) {
    List<T> current = new ArrayList<>(failing);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < current.size(); i++) {
        List<T> smaller = new ArrayList<>(current);
        smaller.remove(i);
        if (!holds(law, smaller)) {
          current = smaller;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  private static <T> String render(List<T> list) {
    StringBuilder sb = new StringBuilder();
    for (T t : list) {
      sb.append("  ").append(t).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
