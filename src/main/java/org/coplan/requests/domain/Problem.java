package org.coplan.requests.domain;

import java.util.List;

/** What is wrong with one field: the field's name, the message key and its arguments. */
public record Problem(String field, String key, List<Object> args) {

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}
