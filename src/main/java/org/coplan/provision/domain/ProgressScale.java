package org.coplan.provision.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A local authority's progress scale: its steps from lowest to highest, and the version a change
 * must be based on. An authority that never changed its scale has the default one, whose steps
 * have fixed ids, so a record made at a default step keeps its step when the scale is first saved.
 *
 * <p>The rules of a change: every step has a name (at most {@link #MAX_LABEL} characters, no two
 * alike) and a place (a whole number, no two alike); a step already used by a record cannot be
 * removed, only renamed; the scale keeps between {@link #MIN_STEPS} and {@link #MAX_STEPS} steps;
 * a change based on an older version is refused, so nobody's change is lost unseen.
 */
public record ProgressScale(UUID authorityId, int version, List<ProgressStep> steps) {

    public static final int MAX_LABEL = 40;
    public static final int MIN_STEPS = 2;
    public static final int MAX_STEPS = 10;

    /** The default steps, lowest first. They are data the authority may rename, so they are kept here in English. */
    public static final List<String> DEFAULT_LABELS = List.of("Not started", "Emerging", "Developing", "Secure", "Achieved");

    public ProgressScale {
        steps = steps.stream().sorted(Comparator.comparingInt(ProgressStep::position)).toList();
    }

    /** The default scale of an authority that has not changed it (version 0: nothing saved yet). */
    public static ProgressScale defaults(UUID authorityId) {
        List<ProgressStep> steps = new ArrayList<>();
        for (int i = 0; i < DEFAULT_LABELS.size(); i++) {
            steps.add(new ProgressStep(defaultStepId(authorityId, i), DEFAULT_LABELS.get(i), i + 1));
        }
        return new ProgressScale(authorityId, 0, steps);
    }

    /** The fixed id of the authority's default step at {@code index} (0 the lowest). */
    public static UUID defaultStepId(UUID authorityId, int index) {
        return UUID.nameUUIDFromBytes(("coplan progress step " + authorityId + " " + index).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<ProgressStep> step(UUID id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The step's place from the bottom, 0 the lowest; -1 when it is not on this scale. */
    public int indexOf(UUID id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<ProgressStep> byLabel(String label) {
        return steps.stream().filter(s -> s.label().equalsIgnoreCase(label)).findFirst();
    }

    // ---- changing the scale

    /** One row of the form: an existing step ({@code id} set) or the new one ({@code id} null). */
    public record Row(UUID id, String label, String position, boolean remove) {}

    /** What the SEN manager sent: the version they saw, a row for every step, and the new step (blank when none). */
    public record Edit(int basedOn, List<Row> rows, Row added) {}

    /** A problem with one field of the form, as a message key and its arguments. */
    public record Problem(String field, String key, Object... args) {}

    public sealed interface Change {
        /** The scale as it will be, and the steps removed. */
        record Accepted(ProgressScale scale, Set<UUID> removed) implements Change {}

        record Refused(List<Problem> problems) implements Change {}
    }

    /** Field names of the form, the same in the page and in the problems. */
    public static String labelField(int row) {
        return "label-" + row;
    }

    public static String positionField(int row) {
        return "position-" + row;
    }

    public static String removeField(int row) {
        return "remove-" + row;
    }

    public static final String NEW_LABEL = "newLabel";
    public static final String NEW_POSITION = "newPosition";
    public static final String SCALE = "scale";

    /**
     * Applies the edit, or says what is wrong with it.
     *
     * @param used the steps that records already use, which may be renamed and moved but not removed
     * @param newId the id to give a new step
     */
    public Change change(Edit edit, Set<UUID> used, UUID newId) {
        List<Problem> problems = new ArrayList<>();
        Set<UUID> sent = new HashSet<>();
        edit.rows().forEach(r -> sent.add(r.id()));
        if (edit.basedOn() != version || !sent.equals(new HashSet<>(steps.stream().map(ProgressStep::id).toList()))
                || edit.rows().size() != steps.size()) {
            return new Change.Refused(List.of(new Problem(SCALE, "progress.scale.error.changedElsewhere")));
        }
        record Kept(UUID id, String label, int position, String labelField, String positionField) {}
        List<Kept> kept = new ArrayList<>();
        Set<UUID> removed = new HashSet<>();
        for (int i = 0; i < edit.rows().size(); i++) {
            Row row = edit.rows().get(i);
            if (row.remove()) {
                if (used.contains(row.id())) {
                    problems.add(new Problem(removeField(i), "progress.scale.error.inUse", step(row.id()).orElseThrow().label()));
                } else {
                    removed.add(row.id());
                }
                continue;
            }
            String label = clean(row.label());
            Integer position = position(row.position());
            check(label, position, labelField(i), positionField(i), problems);
            kept.add(new Kept(row.id(), label, position == null ? -1 : position, labelField(i), positionField(i)));
        }
        String addedLabel = edit.added() == null ? "" : clean(edit.added().label());
        String addedPosition = edit.added() == null ? "" : clean(edit.added().position());
        if (!addedLabel.isEmpty() || !addedPosition.isEmpty()) {
            Integer position = position(addedPosition);
            check(addedLabel, position, NEW_LABEL, NEW_POSITION, problems);
            kept.add(new Kept(newId, addedLabel, position == null ? -1 : position, NEW_LABEL, NEW_POSITION));
        }
        Map<String, String> labels = new HashMap<>();
        Map<Integer, String> positions = new HashMap<>();
        for (Kept k : kept) {
            if (!k.label().isEmpty() && labels.putIfAbsent(k.label().toLowerCase(Locale.ROOT), k.labelField()) != null) {
                problems.add(new Problem(k.labelField(), "progress.scale.error.labelTwice", k.label()));
            }
            if (k.position() > 0 && positions.putIfAbsent(k.position(), k.positionField()) != null) {
                problems.add(new Problem(k.positionField(), "progress.scale.error.positionTwice", k.position()));
            }
        }
        if (kept.size() < MIN_STEPS) {
            problems.add(new Problem(SCALE, "progress.scale.error.tooFew", MIN_STEPS));
        } else if (kept.size() > MAX_STEPS) {
            problems.add(new Problem(SCALE, "progress.scale.error.tooMany", MAX_STEPS));
        }
        if (!problems.isEmpty()) {
            return new Change.Refused(problems);
        }
        List<Kept> ordered = kept.stream().sorted(Comparator.comparingInt(Kept::position)).toList();
        List<ProgressStep> next = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            next.add(new ProgressStep(ordered.get(i).id(), ordered.get(i).label(), i + 1));
        }
        return new Change.Accepted(new ProgressScale(authorityId, version + 1, next), removed);
    }

    private static void check(String label, Integer position, String labelField, String positionField, List<Problem> problems) {
        if (label.isEmpty()) {
            problems.add(new Problem(labelField, "progress.scale.error.labelRequired"));
        } else if (label.length() > MAX_LABEL) {
            problems.add(new Problem(labelField, "progress.scale.error.labelTooLong", MAX_LABEL));
        }
        if (position == null) {
            problems.add(new Problem(positionField, "progress.scale.error.positionNumber", MAX_STEPS * 10));
        }
    }

    /** A whole number from 1 to 100, or null. */
    private static Integer position(String typed) {
        String s = clean(typed);
        if (!s.matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= MAX_STEPS * 10 ? n : null;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
