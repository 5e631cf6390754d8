package org.coplan.provision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.provision.domain.RecordingRules.Checked;
import org.coplan.provision.domain.RecordingRules.Typed;
import org.junit.jupiter.api.Test;

class RecordingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
    static final UUID THERAPIST = UUID.randomUUID();
    static final ProvisionItem THERAPY = new ProvisionItem(UUID.randomUUID(), UUID.randomUUID(), "EHC", UUID.randomUUID(), "F",
            "Speech and language therapy", "NHS therapist", "once a week", "30 minutes",
            new Amount(1, Per.WEEK, 30, 1, "HEALTH_PROFESSIONAL", null), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 7, 20), List.of(),
            LocalDate.of(2027, 1, 1), null);

    static Typed delivered(LocalDate date, String minutes) {
        return new Typed(date, "DELIVERED", minutes, "Sam Lee", "Following two-step instructions", null, null, null);
    }

    static Typed missed(LocalDate date, String reason, String words) {
        return new Typed(date, "NOT_DELIVERED", null, null, null, reason, words, null);
    }

    static Session session(LocalDate date, boolean delivered, UUID makesUp) {
        return new Session(UUID.randomUUID(), THERAPY.caseId(), THERAPY.lineage(), date,
                delivered ? SessionStatus.DELIVERED : SessionStatus.NOT_DELIVERED, delivered ? 30 : null, delivered ? "Sam" : null, null,
                delivered ? null : NotDeliveredReason.CHILD_ABSENT, null, makesUp, null, THERAPIST, "Sam Lee", Instant.EPOCH, null);
    }

    static List<String> keys(Checked c) {
        return c.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aDeliveredSessionWithinTheItemsDatesIsAccepted() {
        Checked c = RecordingRules.check(delivered(TODAY, "30"), THERAPY, TODAY, List.of(), null);
        assertThat(c.ok()).isTrue();
        assertThat(c.entry().minutes()).isEqualTo(30);
        assertThat(c.entry().reason()).isNull();
    }

    @Test
    void minutesFromZeroToADayAreAcceptedAndNothingElse() {
        assertThat(RecordingRules.check(delivered(TODAY, "0"), THERAPY, TODAY, List.of(), null).ok()).isTrue();
        assertThat(RecordingRules.check(delivered(TODAY, "1440"), THERAPY, TODAY, List.of(), null).ok()).isTrue();
        assertThat(keys(RecordingRules.check(delivered(TODAY, "-1"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("minutes:delivery.error.minutesNegative");
        assertThat(keys(RecordingRules.check(delivered(TODAY, "1441"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("minutes:delivery.error.minutesOverADay");
        assertThat(keys(RecordingRules.check(delivered(TODAY, "half an hour"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("minutes:delivery.error.minutesNotNumber");
        assertThat(keys(RecordingRules.check(delivered(TODAY, "99999999999"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("minutes:delivery.error.minutesNotNumber");
        assertThat(keys(RecordingRules.check(delivered(TODAY, " "), THERAPY, TODAY, List.of(), null)))
                .containsExactly("minutes:delivery.error.minutesRequired");
    }

    @Test
    void aDateInTheFutureOrOutsideTheItemsDatesIsRefused() {
        assertThat(keys(RecordingRules.check(delivered(TODAY.plusDays(1), "30"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("date:delivery.error.dateFuture");
        assertThat(keys(RecordingRules.check(delivered(LocalDate.of(2027, 1, 3), "30"), THERAPY, TODAY, List.of(), null)))
                .containsExactly("date:delivery.error.dateBeforeItem");
        LocalDate later = LocalDate.of(2027, 7, 21);
        assertThat(keys(RecordingRules.check(delivered(later, "30"), THERAPY, later.plusDays(5), List.of(), null)))
                .containsExactly("date:delivery.error.dateAfterItem");
        assertThat(RecordingRules.check(delivered(LocalDate.of(2027, 1, 4), "30"), THERAPY, TODAY, List.of(), null).ok()).isTrue();
    }

    @Test
    void notDeliveredNeedsAReasonAndOtherNeedsWords() {
        assertThat(keys(RecordingRules.check(missed(TODAY, null, null), THERAPY, TODAY, List.of(), null)))
                .containsExactly("reason:delivery.error.reasonRequired");
        assertThat(keys(RecordingRules.check(missed(TODAY, "OTHER", " "), THERAPY, TODAY, List.of(), null)))
                .containsExactly("reasonWords:delivery.error.otherWords");
        Checked other = RecordingRules.check(missed(TODAY, "OTHER", "Fire drill"), THERAPY, TODAY, List.of(), null);
        assertThat(other.entry().reasonWords()).isEqualTo("Fire drill");
        Checked absent = RecordingRules.check(missed(TODAY, "CHILD_ABSENT", "ignored"), THERAPY, TODAY, List.of(), null);
        assertThat(absent.entry().reasonWords()).isNull();
        assertThat(absent.entry().minutes()).isNull();
    }

    @Test
    void aSecondRegularSessionOnTheSameDayIsRefusedButAMakeUpThatDayIsNot() {
        Session missed = session(LocalDate.of(2027, 1, 12), false, null);
        Session regular = session(TODAY, true, null);
        Checked twice = RecordingRules.check(delivered(TODAY, "30"), THERAPY, TODAY, List.of(missed, regular), null);
        assertThat(keys(twice)).containsExactly("date:delivery.error.twice");
        assertThat(twice.clash()).isEqualTo(regular.id());
        Typed makeUp = new Typed(TODAY, "DELIVERED", "30", "Sam", null, null, null, missed.id().toString());
        assertThat(RecordingRules.check(makeUp, THERAPY, TODAY, List.of(missed, regular), null).ok()).isTrue();
        // a correction of the same day's session is not "twice"
        assertThat(RecordingRules.check(delivered(TODAY, "25"), THERAPY, TODAY, List.of(missed, regular), regular.id()).ok()).isTrue();
    }

    @Test
    void aMakeUpMustBeForAMissedSessionOfThisItemWithoutAMakeUpYetAndNotBeforeIt() {
        Session missed = session(LocalDate.of(2027, 1, 12), false, null);
        Session delivered = session(LocalDate.of(2027, 1, 5), true, null);
        Typed forDelivered = new Typed(TODAY, "DELIVERED", "30", "Sam", null, null, null, delivered.id().toString());
        assertThat(keys(RecordingRules.check(forDelivered, THERAPY, TODAY, List.of(missed, delivered), null)))
                .containsExactly("makesUp:delivery.error.makeUpNotMissed");
        Typed forElsewhere = new Typed(TODAY, "DELIVERED", "30", "Sam", null, null, null, UUID.randomUUID().toString());
        assertThat(keys(RecordingRules.check(forElsewhere, THERAPY, TODAY, List.of(missed), null)))
                .containsExactly("makesUp:delivery.error.makeUpNotMissed");
        Session madeUp = session(LocalDate.of(2027, 1, 14), true, missed.id());
        Typed again = new Typed(TODAY, "DELIVERED", "30", "Sam", null, null, null, missed.id().toString());
        assertThat(keys(RecordingRules.check(again, THERAPY, TODAY, List.of(missed, madeUp), null)))
                .containsExactly("makesUp:delivery.error.makeUpAlreadyMadeUp");
        Typed before = new Typed(LocalDate.of(2027, 1, 11), "DELIVERED", "30", "Sam", null, null, null, missed.id().toString());
        assertThat(keys(RecordingRules.check(before, THERAPY, TODAY, List.of(missed), null)))
                .containsExactly("makesUp:delivery.error.makeUpBeforeMissed");
        assertThat(RecordingRules.missedWithoutMakeUp(List.of(missed, madeUp, delivered), null)).isEmpty();
        assertThat(RecordingRules.missedWithoutMakeUp(List.of(missed, delivered), null)).containsExactly(missed);
    }

    @Test
    void theProviderIsTheNamedPersonOrTheProviderRoleAndLeadsMayRecordForThem() {
        assertThat(RecordingRules.provides(THERAPY, THERAPIST, "HEALTH_PROFESSIONAL")).isTrue();
        assertThat(RecordingRules.provides(THERAPY, THERAPIST, "EDUCATIONAL_PSYCHOLOGIST")).isFalse();
        ProvisionItem named = new ProvisionItem(THERAPY.caseId(), THERAPY.lineage(), "EHC", null, "F", "OT", null, null, null,
                new Amount(1, Per.WEEK, 30, null, null, THERAPIST), null, null, List.of(), LocalDate.of(2027, 1, 1), null);
        assertThat(RecordingRules.provides(named, THERAPIST, "OTHER_PROFESSIONAL")).isTrue();
        assertThat(RecordingRules.provides(named, UUID.randomUUID(), "OTHER_PROFESSIONAL")).isFalse();
        ProvisionItem vague = new ProvisionItem(THERAPY.caseId(), THERAPY.lineage(), "EHC", null, "F", "As required", null, null, null,
                null, null, null, List.of(), LocalDate.of(2027, 1, 1), null);
        assertThat(RecordingRules.mayRecord(vague, THERAPIST, "HEALTH_PROFESSIONAL", false)).isFalse();
        assertThat(RecordingRules.mayRecord(vague, THERAPIST, "SENCO", true)).isTrue();
    }
}
