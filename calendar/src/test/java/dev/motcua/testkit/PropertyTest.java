package dev.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The harness's policy: fixed seed by default, random on request, seed and simplest input named on failure. */
class PropertyTest {

  /** Lists of 0 to 30 ints below 100; some hold an int of 90 or more. */
  static final Property<List<Integer>> LISTS = Property.forAll("lists",
      r -> IntStream.range(0, r.nextInt(31)).mapToObj(i -> r.nextInt(100)).toList());

  static List<List<Integer>> drawn(Property<List<Integer>> property) {
    List<List<Integer>> out = new ArrayList<>();
    property.verify(out::add);
    return out;
  }

  @Test
  void forAll_defaultSeed_twoRunsDrawTheSameInputs() {
    Property<List<Integer>> fixed = LISTS.withBaseSeed(Property.DEFAULT_SEED);
    List<List<Integer>> first = drawn(fixed);
    assertEquals(Property.DEFAULT_TRIALS, first.size());
    assertEquals(first, drawn(fixed));
    // another base seed, other inputs
    assertNotEquals(first, drawn(LISTS.withBaseSeed(Property.DEFAULT_SEED + 1)));
  }

  @Test
  void baseSeed_propertyNotSet_isTheFixedDefault() {
    assumeTrue(System.getProperty(Property.SEED_PROPERTY) == null, "run with -Dmotcua.seed");
    assertEquals(Property.DEFAULT_SEED, Property.baseSeed());
    assertEquals(drawn(LISTS.withBaseSeed(Property.DEFAULT_SEED)), drawn(LISTS));
    assertEquals(Property.seed("lists", Property.DEFAULT_SEED), Property.seed("lists"));
  }

  @Test
  void parseSeed_values_fixedNumberOrRandomOnRequest() {
    SplittableRandom random = new SplittableRandom(1);
    assertEquals(Property.DEFAULT_SEED, Property.parseSeed(null, random));
    assertEquals(Property.DEFAULT_SEED, Property.parseSeed(" ", random));
    assertEquals(12345L, Property.parseSeed("12345", random));
    assertEquals(-7L, Property.parseSeed(" -7 ", random));
    long a = Property.parseSeed("random", new SplittableRandom(1));
    assertEquals(new SplittableRandom(1).nextLong(), a);
    assertNotEquals(a, Property.parseSeed("RANDOM", new SplittableRandom(2)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Property.parseSeed("12x", random));
    assertTrue(e.getMessage().contains("'12x'"), e.getMessage());
  }

  @Test
  void seed_nameAndBaseSeed_independentPerProperty() {
    assertEquals(Property.seed("a", 5), Property.seed("a", 5));
    assertNotEquals(Property.seed("a", 5), Property.seed("b", 5));
    assertNotEquals(Property.seed("a", 5), Property.seed("a", 6));
    assertEquals(Property.seeds("cases", 10).boxed().toList(), Property.seeds("cases", 10).boxed().toList());
    assertEquals(10, Property.seeds("cases", 10).distinct().count());
  }

  @Test
  void check_failingLaw_reportsSeedAndShrunkInput() {
    // false for every list holding an int of 90 or more: the simplest failing list is one such int
    Property<List<Integer>> p = LISTS.withBaseSeed(42).trials(500).shrinking(Shrink.removingOne());
    AssertionError e = assertThrows(AssertionError.class, () -> p.check(l -> l.stream().allMatch(x -> x < 90)));
    String m = e.getMessage();
    assertTrue(m.startsWith("Property 'lists' fails with seed 42 (rerun with -Dmotcua.seed=42), trial "), m);
    Matcher simplest = Pattern.compile("simplest failing input \\((\\d+) shrinking steps?\\): \\[(\\d+)]").matcher(m);
    assertTrue(simplest.find(), m);
    assertTrue(Integer.parseInt(simplest.group(2)) >= 90, m);
    assertTrue(Integer.parseInt(simplest.group(1)) >= 1, m);
    assertTrue(m.contains("original failing input: ["), m);
  }

  @Test
  void verify_failingAssertion_shrinksByHalvingAndKeepsTheCause() {
    // fails from 100 on: halving stops at a value in 100..199, whose half passes
    Property<Integer> p = Property.forAll("halving", r -> 1_000 + r.nextInt(1_000_000)).withBaseSeed(3)
        .shrinking(Shrink.halving());
    AssertionError e = assertThrows(AssertionError.class, () -> p.verify(n -> assertTrue(n < 100, "n " + n)));
    Matcher simplest = Pattern.compile("simplest failing input \\(\\d+ shrinking steps\\): (\\d+)")
        .matcher(e.getMessage());
    assertTrue(simplest.find(), e.getMessage());
    int n = Integer.parseInt(simplest.group(1));
    assertTrue(n >= 100 && n < 200, e.getMessage());
    assertTrue(e.getMessage().contains("trial 0"), e.getMessage());
    // the cause is the failure of the simplest input, not of the original
    assertEquals("n " + n + " ==> expected: <true> but was: <false>", e.getCause().getMessage());
  }

  @Test
  void forEach_failingInput_namesItsIndexAndTheShortestFailingPrefix() {
    // two empty lists, then 0..9 eight times; the law fails on the lists containing a 3
    Property<List<Long>> p = Property.forEach("prefixes", seed -> LongStream.range(0, 10)
            .mapToObj(n -> n < 2 ? List.<Long>of() : LongStream.range(0, 10).boxed().toList()))
        .withBaseSeed(9)
        .shrinking(Shrink.prefixes());
    AssertionError e = assertThrows(AssertionError.class, () -> p.check(l -> !l.contains(3L)));
    assertTrue(e.getMessage().contains("seed 9 (rerun with -Dmotcua.seed=9), trial 2"), e.getMessage());
    assertTrue(e.getMessage().contains("simplest failing input (1 shrinking step): [0, 1, 2, 3]"),
        e.getMessage());
  }

  @Test
  void check_throwingLaw_isAFailureNamingTheException() {
    Property<Integer> p = Property.forAll("throws", r -> r.nextInt(10)).withBaseSeed(1);
    AssertionError e = assertThrows(AssertionError.class, () -> p.check(n -> {
      throw new IllegalStateException("boom " + n);
    }));
    assertTrue(e.getMessage().contains("because: java.lang.IllegalStateException: boom "), e.getMessage());
    assertFalse(e.getMessage().contains("original failing input"), e.getMessage());
  }

  @Test
  void trials_notPositive_refused() {
    assertThrows(IllegalArgumentException.class, () -> LISTS.trials(0));
  }
}
