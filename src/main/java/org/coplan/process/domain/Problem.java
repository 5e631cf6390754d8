package org.coplan.process.domain;

import java.util.List;

/**
 * Why a step cannot be recorded as it stands: the form field it belongs to, a message code
 * (process.problem.CODE in the messages) and the values the message names.
 */
public record Problem(String field, String code, List<Object> args) {

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }
}
