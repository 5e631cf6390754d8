package org.coplan.plans.domain;

/** Whether a glossary term is a short form (matched only in its own capitals) or a word or phrase (matched in any capitals). */
public enum TermKind {
    ABBREVIATION,
    JARGON
}
