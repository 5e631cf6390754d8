package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.plans.domain.AmountEntry.Problem;
import org.coplan.plans.domain.AmountEntry.Typed;
import org.junit.jupiter.api.Test;

/** The "How much, in numbers" part of a provision item: optional, but whole when given. */
class AmountEntryTest {

    private static final UUID THERAPIST = UUID.randomUUID();
    private static final List<String> ROLES = List.of("HEALTH_PROFESSIONAL", "SENCO");

    private static AmountEntry.Result read(String sessions, String per, String minutes, String group, String role, String person) {
        return AmountEntry.read(new Typed(sessions, per, minutes, group, role, person), ROLES, Set.of(THERAPIST));
    }

    @Test
    void nothingTypedIsNoAmountAndNoProblem() {
        AmountEntry.Result r = read("", "", " ", null, "", "");
        assertThat(r.ok()).isTrue();
        assertThat(r.amount()).isNull();
    }

    @Test
    void aWholeAmountIsRead() {
        AmountEntry.Result r = read("2", "WEEK", "30", "1", "HEALTH_PROFESSIONAL", THERAPIST.toString());
        assertThat(r.ok()).isTrue();
        assertThat(r.amount()).isEqualTo(new ProvisionAmount(2, ProvisionAmount.Per.WEEK, 30, 1, "HEALTH_PROFESSIONAL", THERAPIST));
        assertThat(r.amount().oneToOne()).isTrue();
    }

    @Test
    void groupAndProviderAreOptional() {
        AmountEntry.Result r = read(" 1 ", "TERM", "45", "", "", "");
        assertThat(r.amount()).isEqualTo(new ProvisionAmount(1, ProvisionAmount.Per.TERM, 45, null, null, null));
    }

    @Test
    void minutesBelowOneAreRefused() {
        assertThat(read("2", "WEEK", "0", "", "", "").problems()).containsExactly(new Problem("minutes", "amount.minutes.tooFew"));
        assertThat(read("2", "WEEK", "-5", "", "", "").problems()).containsExactly(new Problem("minutes", "amount.minutes.tooFew"));
    }

    @Test
    void minutesAboveADayAreRefusedButADayIsAllowed() {
        assertThat(read("2", "WEEK", "1441", "", "", "").problems()).containsExactly(new Problem("minutes", "amount.minutes.tooMany"));
        assertThat(read("1", "WEEK", "1440", "", "", "").ok()).isTrue();
    }

    @Test
    void aNumberThatIsNotWholeIsRefused() {
        assertThat(read("2", "WEEK", "30.5", "", "", "").problems()).containsExactly(new Problem("minutes", "amount.minutes.notWhole"));
        assertThat(read("two", "WEEK", "30", "", "", "").problems()).containsExactly(new Problem("sessions", "amount.sessions.notWhole"));
        assertThat(read("2", "WEEK", "30", "a few", "", "").problems()).containsExactly(new Problem("groupCount", "amount.groupCount.notWhole"));
    }

    @Test
    void sessionsAndGroupHaveTheirLimits() {
        assertThat(read("101", "WEEK", "30", "", "", "").problems()).containsExactly(new Problem("sessions", "amount.sessions.tooMany"));
        assertThat(read("0", "WEEK", "30", "", "", "").problems()).containsExactly(new Problem("sessions", "amount.sessions.tooFew"));
        assertThat(read("1", "WEEK", "30", "0", "", "").problems()).containsExactly(new Problem("groupCount", "amount.groupCount.tooFew"));
        assertThat(read("1", "WEEK", "30", "101", "", "").problems()).containsExactly(new Problem("groupCount", "amount.groupCount.tooMany"));
    }

    @Test
    void sessionsWithoutHowOftenOrHowLongAskForTheRest() {
        assertThat(read("2", "", "", "", "", "").problems())
                .containsExactly(new Problem("per", "amount.per.required"), new Problem("minutes", "amount.minutes.required"));
    }

    @Test
    void aProviderOrGroupOnItsOwnAsksForTheSessions() {
        assertThat(read("", "", "", "3", "SENCO", "").problems()).extracting(Problem::field)
                .containsExactly("sessions", "per", "minutes");
    }

    @Test
    void aNamedProviderWhoIsNotOnTheTeamIsRefused() {
        assertThat(read("2", "WEEK", "30", "", "", UUID.randomUUID().toString()).problems())
                .containsExactly(new Problem("providerPerson", "amount.providerPerson.notOnTeam"));
        assertThat(read("2", "WEEK", "30", "", "", "not-an-id").problems())
                .containsExactly(new Problem("providerPerson", "amount.providerPerson.notOnTeam"));
    }

    @Test
    void anUnknownRoleOrHowOftenIsRefused() {
        assertThat(read("2", "FORTNIGHT", "30", "", "MAGICIAN", "").problems())
                .containsExactly(new Problem("per", "amount.per.unknown"), new Problem("providerRole", "amount.providerRole.unknown"));
    }
}
