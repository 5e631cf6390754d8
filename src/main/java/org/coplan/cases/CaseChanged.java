package org.coplan.cases;

/**
 * Published, inside the same transaction, whenever a case is opened or its details or stage
 * change, so other modules can keep their own views of the case up to date.
 */
public record CaseChanged(CaseId caseId) {}
