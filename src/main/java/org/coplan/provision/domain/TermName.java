package org.coplan.provision.domain;

/** The three terms of an English school year, in order. */
public enum TermName {
    AUTUMN,
    SPRING,
    SUMMER;

    /** The lower-case name used in form fields and message keys: {@code autumn}. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
