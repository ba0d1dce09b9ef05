package dev.motcua.rules.form;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the form values. */
final class Texts {
  private Texts() {}

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  static void nonBlank(List<String> values, String name) {
    for (int i = 0; i < values.size(); i++) {
      nonBlank(values.get(i), name + "[" + i + "]");
    }
  }
}
