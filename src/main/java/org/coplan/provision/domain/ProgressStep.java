package org.coplan.provision.domain;

import java.util.UUID;

/**
 * One step of an authority's progress scale. The id is the step's identity: renaming a step or
 * moving it keeps every record made at it. {@code position} orders the scale, 1 the lowest.
 */
public record ProgressStep(UUID id, String label, int position) {}
