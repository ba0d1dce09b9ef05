/**
 * Administrative procedures (thủ tục hành chính) as a host publishes them: {@link
 * dev.motcua.rules.procedure.Procedure} with its {@link dev.motcua.rules.procedure.Field}, competent {@link
 * dev.motcua.rules.procedure.Agency} and processing time (a {@link dev.motcua.calendar.ProcessingTime}), and
 * the {@link dev.motcua.rules.procedure.ProcedureCatalogue} a regulation judges against.
 *
 * <p>Design: a procedure's processing time <em>is</em> a calendar {@code ProcessingTime} (no second
 * vocabulary); the catalogue is the host's, never a default (the illustrative one is {@code
 * dev.motcua.rules.testing.SampleCatalogue}).
 */
@NullMarked
package dev.motcua.rules.procedure;

import org.jspecify.annotations.NullMarked;
