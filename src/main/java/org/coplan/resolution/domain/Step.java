package org.coplan.resolution.domain;

import java.time.LocalDate;

/** A dated step as recorded. A later record of the same kind corrects an earlier one. */
public record Step(StepKind kind, LocalDate on) {}
