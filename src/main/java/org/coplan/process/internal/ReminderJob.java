package org.coplan.process.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseAudience;
import org.coplan.cases.CaseId;
import org.coplan.cases.ParticipationChoices;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.process.domain.Deadline;
import org.coplan.process.domain.Languages;
import org.coplan.process.domain.ReminderKind;
import org.coplan.process.domain.ReminderRecipients;
import org.coplan.process.domain.ReminderRecipients.Recipient;
import org.coplan.process.domain.ReminderSchedule;
import org.coplan.process.domain.ReminderStage;
import org.coplan.process.domain.Teammate;
import org.coplan.process.internal.ReminderClaims.Candidate;
import org.coplan.process.internal.ReminderClaims.Claim;
import org.coplan.process.internal.ReminderClaims.Reminder;
import org.coplan.process.internal.ReminderMessages.Reader;
import org.coplan.process.internal.ReminderSending.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code coplan.reminders.cron}: emails whoever has to meet each open deadline at its lead
 * times and once when it is overdue, and tells the family when a window opens for them (see
 * {@link ReminderSchedule} and {@link ReminderRecipients}). Only active team members who may see
 * the case are told; a family member who chose not to be emailed is told through the case lead.
 *
 * <p>Safe with several instances on one database: each reminder to each person is claimed in the
 * transaction that sends it ({@link ReminderSending}), so it goes out once. A lease in the
 * database also keeps a second instance from scanning while one is already at it.
 */
@Component
public class ReminderJob {

    /** What one run did. */
    public record Run(int emailed, int passedOn, int alreadyDone, int failed) {}

    static final String JOB = "reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderClaims claims;
    private final ReminderSending sending;
    private final ReminderMessages messages;
    private final CaseAccess cases;
    private final People people;
    private final Clock clock;
    private final ReminderSchedule schedule;
    private final Duration lease;
    private final LocalTime sendFrom;
    private final String holder = UUID.randomUUID().toString();
    private final int batchSize;

    ReminderJob(ReminderClaims claims, ReminderSending sending, ReminderMessages messages, CaseAccess cases,
            People people, Clock clock,
            @Value("${coplan.reminders.lead-days:14,7,1}") String leadDays,
            @Value("${coplan.reminders.overdue-days:7}") int overdueDays,
            @Value("${coplan.reminders.lease-minutes:10}") int leaseMinutes,
            @Value("${coplan.reminders.send-from:07:00}") String sendFrom,
            @Value("${coplan.reminders.batch-size:500}") int batchSize) {
        this.batchSize = batchSize;
        this.claims = claims;
        this.sending = sending;
        this.messages = messages;
        this.cases = cases;
        this.people = people;
        this.clock = clock;
        this.schedule = new ReminderSchedule(leadDays.isBlank() ? List.of()
                : Arrays.stream(leadDays.split(",")).map(String::strip).map(Integer::valueOf).toList(), overdueDays);
        this.lease = Duration.ofMinutes(leaseMinutes);
        this.sendFrom = LocalTime.parse(sendFrom);
    }

    /** The scheduled run: takes the lease, sends what is due, lets the lease go. */
    @Scheduled(cron = "${coplan.reminders.cron}", zone = "Europe/London")
    public void run() {
        if (!claims.takeLease(JOB, holder, lease)) {
            log.debug("Another instance is sending reminders");
            return;
        }
        try {
            Run run = sendDue();
            if (run.emailed() + run.passedOn() + run.failed() > 0) {
                log.info("Reminders: {} emailed, {} passed on to a case lead, {} failed (tried again next run)",
                        run.emailed(), run.passedOn(), run.failed());
            }
        } finally {
            claims.releaseLease(JOB, holder);
        }
    }

    /** Sends every reminder due now that has not been sent, without the lease. */
    public Run sendDue() {
        if (LocalTime.now(clock).isBefore(sendFrom)) {
            return new Run(0, 0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        Counts counts = new Counts();
        for (UUID authority : claims.authoritiesWithOpenDeadlines()) {
            Candidate after = null;
            List<Candidate> batch;
            do {
                batch = claims.candidates(authority, today, schedule.longestLead(), schedule.overdueDays(), after, batchSize);
                if (!batch.isEmpty()) {
                    remindBatch(batch, today, counts);
                    after = batch.get(batch.size() - 1);
                }
            } while (batch.size() == batchSize);
        }
        return new Run(counts.emailed.get(), counts.passedOn.get(), counts.alreadyDone.get(), counts.failed.get());
    }

    /**
     * One batch of one authority's deadlines: who already has which reminder and who the people
     * are is read once for the batch, and each case's audience once however many deadlines it has.
     */
    private void remindBatch(List<Candidate> batch, LocalDate today, Counts counts) {
        List<Candidate> due = new ArrayList<>();
        Map<Candidate, ReminderStage> stages = new HashMap<>();
        for (Candidate c : batch) {
            schedule.stageFor(c.deadline(), today).ifPresent(stage -> {
                due.add(c);
                stages.put(c, stage);
            });
        }
        if (due.isEmpty()) {
            return;
        }
        Map<Reminder, Set<UUID>> claimed = claims.claimedOn(due.stream().map(Candidate::caseId).toList());
        Map<UUID, CaseAudience> audiences = new HashMap<>();
        for (Candidate c : due) {
            audiences.computeIfAbsent(c.caseId(), id -> cases.audience(new CaseId(id)));
        }
        Map<PersonId, Person> persons = people.findAll(audiences.values().stream()
                .flatMap(a -> a.told().stream())
                .map(CaseAudience.Told::personId)
                .distinct()
                .toList());
        for (Candidate c : due) {
            ReminderStage stage = stages.get(c);
            try {
                remind(c, stage, audiences.get(c.caseId()), persons, claimed, counts);
            } catch (RuntimeException e) {
                counts.failed.incrementAndGet();
                log.warn("Could not send a {} reminder for deadline {} on case {}: {}", stage.kind(),
                        c.deadline().key(), c.caseId(), e.getMessage());
            }
        }
    }

    private void remind(Candidate c, ReminderStage stage, CaseAudience audience, Map<PersonId, Person> persons,
            Map<Reminder, Set<UUID>> claimed, Counts counts) {
        // only the people the case's audience says may be told: a parent whose young person chose
        // "cannot see", or anyone else the access policy shuts out, is never reminded (a case that
        // no longer exists has nobody in its audience)
        List<Teammate> team = audience.told().stream()
                .filter(t -> persons.containsKey(t.personId()))
                .map(t -> new Teammate(t.memberId(), t.personId().value(), t.role(), persons.get(t.personId()).displayName()))
                .toList();
        Deadline d = c.deadline();
        Set<UUID> alreadyTold = claimed.getOrDefault(Reminder.of(new Claim(c.caseId(), d.key(), d.subjectId(), d.dueOn(),
                stage.kind(), stage.leadDays(), null, null)), Set.of());
        for (Recipient r : ReminderRecipients.forDeadline(d.key(), c.adviceKind(), c.adviserName(), team)) {
            Teammate who = r.who();
            if (alreadyTold.contains(who.personId())) {
                counts.alreadyDone.incrementAndGet();
                continue;
            }
            Person person = persons.get(new PersonId(who.personId()));
            Claim claim = new Claim(c.caseId(), d.key(), d.subjectId(), d.dueOn(), stage.kind(), stage.leadDays(),
                    who.personId(), who.role());
            Optional<ParticipationChoices> choices = who.role().isFamily() ? cases.choicesOf(who.memberId()) : Optional.empty();
            Reader reader = new Reader(who.personId(), who.name(), person.email(), who.role(),
                    Languages.localeFor(choices.map(ParticipationChoices::language).orElse(null)));
            boolean byEmail = audience.member(who.memberId()).map(CaseAudience.Told::takesEmail).orElse(false);
            if (byEmail) {
                Message message = stage.kind() == ReminderKind.WINDOW_OPEN
                        ? messages.windowOpen(c.caseId(), d, reader)
                        : messages.duty(c.caseId(), d, stage, reader, r.why(), c.adviserName());
                count(sending.email(claim, message), counts.emailed, counts);
            } else {
                List<Message> toLeads = ReminderRecipients.caseLeads(team).stream()
                        .map(lead -> messages.passOn(c.caseId(), d, new Reader(lead.personId(), lead.name(),
                                persons.get(new PersonId(lead.personId())).email(), lead.role(), Languages.ENGLISH),
                                who.role(), choices.get()))
                        .toList();
                if (toLeads.isEmpty()) {
                    log.warn("Case {} has a family member to tell by {} but no EHC coordinator or SENCO on the team",
                            c.caseId(), choices.get().channels());
                    continue;
                }
                count(sending.passOn(claim, toLeads), counts.passedOn, counts);
            }
        }
    }

    private static void count(boolean done, AtomicInteger counter, Counts counts) {
        (done ? counter : counts.alreadyDone).incrementAndGet();
    }

    private static final class Counts {
        final AtomicInteger emailed = new AtomicInteger();
        final AtomicInteger passedOn = new AtomicInteger();
        final AtomicInteger alreadyDone = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
    }
}
