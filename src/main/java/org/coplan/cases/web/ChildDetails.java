package org.coplan.cases.web;

import java.time.LocalDate;
import java.util.Map;
import org.coplan.cases.Stage;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;

/** The child's details as typed into a form, checked the same way wherever they are entered. */
record ChildDetails(String givenName, String familyName, String preferredName, LocalDate dateOfBirth, Stage stage) {

    static final int MAX_NAME = 100;

    /** Reads the typed fields, adding a message to {@code errors} for each problem; null fields where typed values were unusable. */
    static ChildDetails read(Map<String, String> typed, LocalDate today, FormErrors errors) {
        String given = typed.getOrDefault("givenName", "").strip();
        String family = typed.getOrDefault("familyName", "").strip();
        String preferred = typed.getOrDefault("preferredName", "").strip();
        if (given.isEmpty()) {
            errors.add("givenName", "newCase.givenNameRequired");
        } else if (given.length() > MAX_NAME) {
            errors.add("givenName", "text.tooLong", MAX_NAME);
        }
        if (family.isEmpty()) {
            errors.add("familyName", "newCase.familyNameRequired");
        } else if (family.length() > MAX_NAME) {
            errors.add("familyName", "text.tooLong", MAX_NAME);
        }
        if (preferred.length() > MAX_NAME) {
            errors.add("preferredName", "text.tooLong", MAX_NAME);
        }
        DateFields.Result dob = DateFields.parse(typed.get("dateOfBirthDay"), typed.get("dateOfBirthMonth"), typed.get("dateOfBirthYear"));
        LocalDate dateOfBirth = null;
        if (!dob.ok()) {
            errors.add("dateOfBirth", "newCase.dob." + dob.errorKey());
        } else if (dob.date().isAfter(today)) {
            errors.add("dateOfBirth", "newCase.dobFuture");
        } else if (dob.date().isBefore(today.minusYears(26))) {
            errors.add("dateOfBirth", "newCase.dobTooOld");
        } else {
            dateOfBirth = dob.date();
        }
        Stage stage = null;
        try {
            stage = Stage.valueOf(typed.getOrDefault("stage", ""));
        } catch (IllegalArgumentException e) {
            errors.add("stage", "newCase.stageRequired");
        }
        return new ChildDetails(given, family, preferred, dateOfBirth, stage);
    }
}
