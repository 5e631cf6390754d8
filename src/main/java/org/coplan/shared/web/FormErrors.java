package org.coplan.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with one form submission, in the order the fields appear, each as a message key
 * so it can be translated. Pages show them in the GOV.UK error summary and beside each field.
 */
public final class FormErrors {

    public record FieldError(String field, String key, Object[] args) {}

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String key, Object... args) {
        byField.putIfAbsent(field, new FieldError(field, key, args));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public FieldError get(String field) {
        return byField.get(field);
    }

    public List<FieldError> all() {
        return new ArrayList<>(byField.values());
    }
}
