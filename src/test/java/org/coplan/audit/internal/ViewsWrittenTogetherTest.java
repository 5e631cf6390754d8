package org.coplan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditEvent;
import org.coplan.audit.AuditLog;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue 12, item 3: the pages a request views are written together, once, before its response. */
class ViewsWrittenTogetherTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditEvents events;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private AuditEntry view(World world, String what) {
        return new AuditEntry(world.parent().id().value(), "Pat Parent", "PARENT_CARER", world.ownCase().value(),
                AuditAction.VIEWED, what, null);
    }

    @Test
    void viewsInARequestAreKeptUntilThePageIsReadyThenWrittenTogether() {
        World world = fixtures.world();
        UUID caseId = world.ownCase().value();
        long before = countViews(caseId);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/" + caseId);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        audit.recordView(view(world, "Plan version 1"));
        audit.recordView(view(world, "Plan version 1: section F"));
        assertThat(countViews(caseId)).isEqualTo(before);

        events.writePendingViews(request);
        assertThat(countViews(caseId)).isEqualTo(before + 2);
        assertThat(audit.forCase(caseId, 2)).extracting(AuditEvent::subject)
                .containsExactlyInAnyOrder("Plan version 1", "Plan version 1: section F");

        events.writePendingViews(request);
        assertThat(countViews(caseId)).as("written once").isEqualTo(before + 2);
    }

    @Test
    void aPageListingViewsIncludesItsOwn() {
        World world = fixtures.world();
        UUID caseId = world.ownCase().value();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        audit.recordView(view(world, "Who has seen this record"));

        assertThat(audit.forCase(caseId, 1)).extracting(AuditEvent::subject).containsExactly("Who has seen this record");
    }

    @Test
    void outsideARequestAViewIsWrittenAtOnce() {
        World world = fixtures.world();
        UUID caseId = world.ownCase().value();
        long before = countViews(caseId);

        audit.recordView(view(world, "Case page"));

        assertThat(countViews(caseId)).isEqualTo(before + 1);
    }

    /** Counted straight from the table, as reading through the audit log writes the request's views first. */
    private long countViews(UUID caseId) {
        return jdbc.sql("select count(*) from audit_event where case_id = ? and action = 'VIEWED'")
                .param(caseId).query(Long.class).single();
    }
}
