package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issuing a plan version makes its provision the provision in force; a later version that leaves an item out stops it. */
class ProvisionInForceTest extends IntegrationTest {

    @Autowired
    PlanSetup setup;

    @Autowired
    PlannedProvision planned;

    @Autowired
    ProvisionItems items;

    @Test
    void issuedPlansProvisionIsInForceFromTheDayItWasIssuedAndAnItemLeftOutLaterStops() {
        World w = fixtures.world();
        LocalDate today = LocalDate.now(clock);
        planFixtures.decidedToIssue(w.ownCase(), w.coordinator());
        UUID plan = setup.start(w.coordinator().id(), w.ownCase(), PlanKind.EHC);
        UUID need = setup.need(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.B, "Finds talking in class hard");
        UUID outcome = setup.outcome(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.E, "Asks for help in class",
                "July 2027", List.of(need));
        setup.provision(w.coordinator().id(), w.ownCase(), plan, 1, SectionCode.F, "Speech and language therapy",
                "NHS speech and language therapist", "once a week", "30 minutes", "1 to 1", List.of(outcome));
        planFixtures.writeEverySection(w.ownCase(), w.coordinator(), plan, 1);
        setup.propose(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(7));
        setup.issue(w.coordinator().id(), w.ownCase(), plan, 1, today.minusWeeks(4));

        PlannedProvision.InForce inForce = planned.inForce(w.ownCase()).orElseThrow();
        assertThat(inForce.kind()).isEqualTo(PlanKind.EHC);
        assertThat(inForce.outcomes()).extracting(PlannedProvision.Outcome::description).contains("Asks for help in class");
        assertThat(inForce.outcomes().getFirst().needs()).containsExactly(need);

        List<ProvisionItem> copied = await().atMost(Duration.ofSeconds(10))
                .until(() -> items.forCase(w.ownCase().value()), l -> l.stream().anyMatch(i -> i.description().equals("Speech and language therapy")));
        ProvisionItem therapy = copied.stream().filter(i -> i.description().equals("Speech and language therapy")).findFirst().orElseThrow();
        assertThat(therapy.outcomes()).containsExactly(outcome);
        assertThat(therapy.stoppedOn()).isNull();
        assertThat(therapy.quantified()).isFalse();
        assertThat(therapy.frequency()).isEqualTo("once a week");
    }
}
