package org.coplan.resolution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplan.deadlines.StatutoryDeadlines;

/**
 * The dates on the way from an appealable decision to the Tribunal, worked out by the process
 * module's {@link StatutoryDeadlines} (D8, D9, D11, D12, D14) from the steps recorded on the
 * disagreement. Nothing here re-implements a rule; this only decides which rule applies when.
 */
public final class AppealDates {

    /** A date that applies, with the rule it comes from and when it was met, if it was. */
    public record Due(DueKey key, String rule, LocalDate dueOn, LocalDate metOn) {
        public boolean met() {
            return metOn != null;
        }
    }

    public enum DueKey {
        MEDIATION_ADVICE("D8"),
        CERTIFICATE_WITHOUT_MEDIATION("D9"),
        MEDIATION_HELD("D11"),
        CERTIFICATE_AFTER_MEDIATION("D12"),
        APPEAL("D14");

        private final String rule;

        DueKey(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** What is wrong with a step, as a message key and the date it refers to. */
    public record Problem(String key, LocalDate about) {}

    private AppealDates() {}

    /** The notice date: the one recorded on the disagreement if any, otherwise the decision's date on the timeline. */
    public static LocalDate noticeSent(LocalDate decisionOn, List<Step> steps) {
        return latest(steps, StepKind.NOTICE_SENT).orElse(decisionOn);
    }

    public static List<Due> compute(StatutoryDeadlines rules, LocalDate decisionOn, List<Step> steps) {
        LocalDate notice = noticeSent(decisionOn, steps);
        Optional<LocalDate> contacted = earliestOf(steps, StepKind.ADVISER_CONTACTED, StepKind.MEDIATION_NOT_WANTED,
                StepKind.MEDIATION_WANTED);
        Optional<LocalDate> notWanted = latest(steps, StepKind.MEDIATION_NOT_WANTED);
        Optional<LocalDate> wanted = latest(steps, StepKind.MEDIATION_WANTED);
        Optional<LocalDate> held = latest(steps, StepKind.MEDIATION_HELD);
        Optional<LocalDate> certificate = latest(steps, StepKind.CERTIFICATE_ISSUED);

        List<Due> due = new ArrayList<>();
        due.add(due(DueKey.MEDIATION_ADVICE, rules.mediationAdviceBy(notice), contacted));
        notWanted.ifPresent(t -> due.add(due(DueKey.CERTIFICATE_WITHOUT_MEDIATION, rules.certificateWithoutMediation(t), certificate)));
        wanted.ifPresent(m -> due.add(due(DueKey.MEDIATION_HELD, rules.mediationHeld(m), held)));
        held.ifPresent(e -> due.add(due(DueKey.CERTIFICATE_AFTER_MEDIATION, rules.certificateAfterMediation(e), certificate)));
        due.add(due(DueKey.APPEAL, rules.appealBy(notice, certificate), Optional.empty()));
        return due;
    }

    /** The appeal deadline alone (D14), recomputed from the latest certificate recorded. */
    public static LocalDate appealBy(StatutoryDeadlines rules, LocalDate decisionOn, List<Step> steps) {
        return rules.appealBy(noticeSent(decisionOn, steps), latest(steps, StepKind.CERTIFICATE_ISSUED));
    }

    /**
     * What is wrong with recording this step on this day, or empty. A date cannot be in the
     * future, nor before the decision; a step after the notice cannot be before it; mediation
     * cannot end before it was asked for.
     */
    public static Optional<Problem> check(StepKind kind, LocalDate on, LocalDate today, LocalDate decisionOn, List<Step> steps) {
        if (on.isAfter(today)) {
            return Optional.of(new Problem("disagreement.date.future", today));
        }
        if (kind == StepKind.NOTICE_SENT) {
            return on.isBefore(decisionOn) ? Optional.of(new Problem("disagreement.date.noticeBeforeDecision", decisionOn)) : Optional.empty();
        }
        LocalDate notice = noticeSent(decisionOn, steps);
        if (on.isBefore(notice)) {
            return Optional.of(new Problem(kind == StepKind.CERTIFICATE_ISSUED ? "disagreement.date.certificateBeforeNotice"
                    : "disagreement.date.beforeNotice", notice));
        }
        Optional<LocalDate> wanted = latest(steps, StepKind.MEDIATION_WANTED);
        if (kind == StepKind.MEDIATION_HELD && wanted.isPresent() && on.isBefore(wanted.get())) {
            return Optional.of(new Problem("disagreement.date.heldBeforeWanted", wanted.get()));
        }
        return Optional.empty();
    }

    private static Due due(DueKey key, LocalDate dueOn, Optional<LocalDate> met) {
        return new Due(key, key.rule(), dueOn, met.orElse(null));
    }

    private static Optional<LocalDate> latest(List<Step> steps, StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).map(Step::on).reduce((a, b) -> b);
    }

    private static Optional<LocalDate> earliestOf(List<Step> steps, StepKind... kinds) {
        List<StepKind> wanted = List.of(kinds);
        return steps.stream().filter(s -> wanted.contains(s.kind())).map(Step::on).min(LocalDate::compareTo);
    }
}
