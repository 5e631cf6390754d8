package org.coplan.cases;

public enum ContactChannel {
    EMAIL,
    TEXT,
    PHONE,
    POST
}
