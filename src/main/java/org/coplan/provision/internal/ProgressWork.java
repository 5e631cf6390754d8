package org.coplan.provision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.plans.PlannedProvision;
import org.coplan.provision.domain.FamilyFeeling;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records progress against outcomes, adds the family's views and changes an authority's scale.
 * Callers have opened the case (or checked the SEN manager's authority) and checked the form's
 * fields; the rules that need the database are checked here.
 */
@Service
@Transactional
public class ProgressWork {

    public static final int MAX_WORDS = 2_000;
    public static final int MAX_OBSERVED_BY = 200;

    /** A file already checked by {@link org.coplan.shared.web.AttachmentCheck}. */
    public record Upload(String fileName, String mediaType, byte[] content) {}

    /** What a member of staff recorded. {@code step} is the id sent by the form, which may be anything. */
    public record Progress(UUID step, String evidence, String observedBy, LocalDate observedOn, Upload upload) {}

    public sealed interface Result {
        record Saved(UUID id) implements Result {}

        /** Refused, with the field and the message key. */
        record Refused(String field, String key) implements Result {}
    }

    private final PlannedProvision planned;
    private final ProgressScales scales;
    private final ProgressRecords records;
    private final CaseAccess access;
    private final Clock clock;

    ProgressWork(PlannedProvision planned, ProgressScales scales, ProgressRecords records, CaseAccess access, Clock clock) {
        this.planned = planned;
        this.scales = scales;
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records a step against an outcome in force. "Not found" for a person who may not record
     * steps (the family add views instead) and for an outcome not in force on this case.
     */
    public Result record(CaseContext ctx, UUID lineage, Progress p) {
        if (!ProgressReading.recordsSteps(ctx)) {
            throw new NotFound();
        }
        PlannedProvision.Outcome outcome = outcomeInForce(ctx, lineage);
        UUID authority = ctx.child().localAuthority().value();
        Instant now = clock.instant();
        ProgressScale scale = scales.of(authority);
        if (p.step() == null || scale.step(p.step()).isEmpty()) {
            return new Result.Refused("step", "progress.error.stepNotOnScale");
        }
        if (p.observedOn().isAfter(LocalDate.now(clock))) {
            return new Result.Refused("observed", "progress.error.observedInFuture");
        }
        if (p.evidence() == null || p.evidence().isBlank()) {
            return new Result.Refused("evidence", "progress.error.evidenceRequired");
        }
        scales.writeDefaultsIfNone(authority, now);
        if (scales.savedStep(authority, p.step()).isEmpty()) {
            return new Result.Refused("step", "progress.error.stepNotOnScale");
        }
        UUID attachment = null;
        if (p.upload() != null) {
            attachment = UUID.randomUUID();
            records.insertAttachment(new ProgressRecords.Attachment(attachment, ctx.caseId().value(), p.upload().fileName(),
                    p.upload().mediaType(), p.upload().content().length, p.upload().content()), ctx.viewerId().value(), now);
        }
        UUID id = UUID.randomUUID();
        records.insert(new ProgressRecords.Entry(id, ctx.caseId().value(), outcome.lineage(), p.step(), p.evidence().strip(),
                p.observedBy().strip(), p.observedOn(), attachment, null, ctx.viewerId().value(), ctx.viewerName(), ctx.recordedRole(),
                now));
        access.recordChange(ctx, "Progress on an outcome", scale.step(p.step()).orElseThrow().label());
        return new Result.Saved(id);
    }

    /** Adds the child's or family's own view of an outcome in force. "Not found" for anyone else. */
    public Result addView(CaseContext ctx, UUID lineage, String words, FamilyFeeling feeling) {
        if (!ProgressReading.addsViews(ctx)) {
            throw new NotFound();
        }
        PlannedProvision.Outcome outcome = outcomeInForce(ctx, lineage);
        if (words == null || words.isBlank()) {
            return new Result.Refused("words", "progress.view.error.wordsRequired");
        }
        UUID id = UUID.randomUUID();
        records.insert(new ProgressRecords.View(id, ctx.caseId().value(), outcome.lineage(), words.strip(), feeling,
                ctx.viewerId().value(), ctx.viewerName(), ctx.role().name(), clock.instant()));
        access.recordChange(ctx, "Own view of progress on an outcome", null);
        return new Result.Saved(id);
    }

    /** The outcome in force on the case with this lineage, or "not found". */
    public PlannedProvision.Outcome outcomeInForce(CaseContext ctx, UUID lineage) {
        return planned.inForce(ctx.caseId()).map(PlannedProvision.InForce::outcomes).orElse(List.of()).stream()
                .filter(o -> o.lineage().equals(lineage))
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /**
     * Changes the authority's scale, or says why not: the field rules of {@link ProgressScale}, a
     * step in use, or someone else's change saved first.
     */
    public ProgressScale.Change changeScale(UUID authority, UUID by, ProgressScale.Edit edit) {
        Instant now = clock.instant();
        ProgressScale current = scales.of(authority);
        Set<UUID> used = scales.used(authority);
        ProgressScale.Change change = current.change(edit, used, UUID.randomUUID());
        if (change instanceof ProgressScale.Change.Accepted accepted) {
            scales.writeDefaultsIfNone(authority, now);
            if (!scales.save(accepted.scale(), current.version(), accepted.removed(), by, now)) {
                return new ProgressScale.Change.Refused(List.of(new ProgressScale.Problem(ProgressScale.SCALE,
                        "progress.scale.error.changedElsewhere")));
            }
        }
        return change;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
