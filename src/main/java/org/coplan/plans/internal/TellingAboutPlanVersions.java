package org.coplan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.people.PersonId;
import org.coplan.plans.PlanVersionIssued;
import org.coplan.plans.PlanVersionSent;
import org.coplan.plans.domain.PlanKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every family member on the case when a plan version is sent to them for comment or
 * issued: every level of involvement, "kept informed" upwards, includes being told of each plan
 * change. Each person told is recorded against the version (the level they reached at least).
 * Who may be told is the case's audience ({@link CaseNotices}); the person who sent it is not told.
 *
 * <p>An EHC draft or proposed amendment sent for comment is already told to the family by the
 * deadline engine, when the statutory comment window opens ("You can now comment on the draft EHC
 * plan"), so no second message is sent for it: the family members it reaches are recorded as told.
 */
@Component
class TellingAboutPlanVersions {

    private final CaseNotices notices;
    private final CaseAccess cases;
    private final Plans plans;
    private final JdbcClient jdbc;
    private final Clock clock;

    TellingAboutPlanVersions(CaseNotices notices, CaseAccess cases, Plans plans, JdbcClient jdbc, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void sent(PlanVersionSent sent) {
        boolean toldByTheCommentWindow = sent.kind() == PlanKind.EHC;
        tell(sent.caseId(), sent.by(), sent.kind(), sent.number(), toldByTheCommentWindow ? null : "email.planSent.subject",
                "email.planSent.body");
    }

    @ApplicationModuleListener
    void issued(PlanVersionIssued issued) {
        tell(issued.caseId(), issued.by(), issued.kind(), issued.number(), "email.planIssued.subject", "email.planIssued.body");
    }

    private void tell(CaseId caseId, PersonId by, PlanKind kind, int number, String subject, String body) {
        var plan = plans.forCase(caseId.value()).stream().filter(p -> p.kind() == kind).findFirst();
        if (plan.isEmpty()) {
            return;
        }
        var version = plans.version(plan.get().id(), number);
        String path = "/cases/" + caseId.value() + "/plans/" + plan.get().id() + "/versions/" + number;
        for (CaseAudience.Told t : cases.audience(caseId).family()) {
            if (t.personId().equals(by)) {
                continue;
            }
            // the comment window's message reaches everyone in the audience, by the channel each chose
            boolean told = subject == null || notices.tell(caseId, t.personId(), subject, body, List.of(), path);
            if (told && version.isPresent()) {
                jdbc.sql("insert into plan_version_told (version_id, person_id, told_at) values (?, ?, ?) on conflict do nothing")
                        .params(version.get().id(), t.personId().value(), Timestamp.from(clock.instant()))
                        .update();
            }
        }
    }
}
