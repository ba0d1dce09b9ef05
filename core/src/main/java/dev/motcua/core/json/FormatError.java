package dev.motcua.core.json;

/**
 * The light carrier of a format error inside the readers (no stack trace: the tree readers throw it often
 * in tests and it is caught at once); converted to a {@link JsonFormatException} at the public boundary, with
 * the input location.
 */
final class FormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  // A detail quotes at most a short JSON value; cut anything longer so hostile input cannot bloat messages.
  private static final int MAX_DETAIL = 300;

  final String path;
  final String detail;
  final @org.jspecify.annotations.Nullable String value;

  FormatError(String path, String detail) {
    this(path, detail, null);
  }

  FormatError(String path, String detail, @org.jspecify.annotations.Nullable String value) {
    super(null, null, false, false);
    this.path = path;
    this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
    this.value = value;
  }

  @Override
  public String getMessage() {
    return JsonFormatException.path(path) + ": " + detail;
  }

  JsonFormatException toException(com.fasterxml.jackson.core.@org.jspecify.annotations.Nullable JsonLocation location) {
    return JsonFormatException.at(path, detail, value, location);
  }
}
