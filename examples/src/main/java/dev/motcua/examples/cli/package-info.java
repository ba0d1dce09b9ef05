/**
 * The {@code motcua} command line (picocli): {@code days-off}, {@code due}, {@code report},
 * {@code validate} and {@code demo}, run from {@code examples/target/motcua.jar}.
 *
 * <p>Commands write to the writers of their {@link picocli.CommandLine} so that tests capture the output;
 * only {@link dev.motcua.examples.cli.MotcuaCommand#main} touches the process's streams and exit status.
 * Output never depends on the JVM's default zone or locale: times are local to the calendar's zone
 * ({@code Asia/Ho_Chi_Minh}) and every format names its locale.
 */
@NullMarked
package dev.motcua.examples.cli;

import org.jspecify.annotations.NullMarked;
