package dev.motcua.core.json;

/**
 * The unchecked carrier of a format error inside the readers (lambdas cannot throw the checked {@link
 * JsonFormatException}); converted to a {@link JsonFormatException} at the public boundary, with the input
 * location.
 */
final class FormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String path;
  final String detail;

  FormatError(String path, String detail) {
    super((path.isEmpty() ? "$" : path) + ": " + detail, null, false, false);
    this.path = path;
    this.detail = detail;
  }

  JsonFormatException toException(com.fasterxml.jackson.core.@org.jspecify.annotations.Nullable JsonLocation location) {
    return new JsonFormatException(path, detail, location);
  }
}
