package org.coplan.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.AboutMeWords;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.Involvement;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.internal.SectionQuotes.Quote;
import org.coplan.plans.internal.SectionQuotes.State;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's and child's words in section A (of an SEN support plan, "All about me"): started
 * from "All about me", quoted exactly with the name of the person who said them. The writer may
 * suggest a change to quoted words, but it goes back to the family, and stands only once the
 * person who said them (for a child without an account, a family member) accepts it.
 */
@Service
@Transactional
public class QuotedWords {

    /** A quote as it stands, with any change waiting on the family. */
    public record Shown(Quote quote, Quote waiting, boolean mayAnswer) {}

    /** A co-producing family member, named as a co-author of section A. */
    public record CoAuthor(PersonId person, String name, String role) {}

    private final SectionQuotes quotes;
    private final AboutMeWords aboutMe;
    private final CaseAccess cases;
    private final CaseNotices notices;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;
    private final ThreadScoring thread;

    QuotedWords(
            SectionQuotes quotes, AboutMeWords aboutMe, CaseAccess cases, CaseNotices notices, People people, MessageSource messages,
            Clock clock, ThreadScoring thread) {
        this.thread = thread;
        this.quotes = quotes;
        this.aboutMe = aboutMe;
        this.cases = cases;
        this.notices = notices;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Quotes every current entry of "All about me" and the child's newest "my views" in section A,
     * leaving out words already quoted there.
     *
     * @return how many were added
     */
    public int startFromAboutMe(PlanContext p) {
        SectionCode section = SectionCode.aboutTheChild(p.plan().kind());
        List<Quote> already = quotes.standing(p.version().id(), section);
        Locale locale = LocaleContextHolder.getLocale();
        Instant now = clock.instant();
        int added = 0;
        for (AboutMeWords.Said said : aboutMe.of(p.caseContext().caseId())) {
            String heading = messages.getMessage(said.headingKey(), null, said.headingKey(), locale);
            String picked = said.pickedKeys().isEmpty() ? null : String.join(", ",
                    said.pickedKeys().stream().map(k -> messages.getMessage(k, null, k, locale)).toList());
            boolean quoted = already.stream().anyMatch(q -> q.heading().equals(heading) && q.body().equals(said.words())
                    && q.speakerName().equals(said.speakerName()));
            if (quoted) {
                continue;
            }
            String helper = said.helperName() == null ? null : said.helperRole() == null ? said.helperName()
                    : said.helperName() + " (" + messages.getMessage("role." + said.helperRole(), null, said.helperRole(), locale) + ")";
            quotes.insert(new Quote(UUID.randomUUID(), p.version().id(), section, UUID.randomUUID(), heading, said.words(), picked,
                    said.speakerName(), said.speakerRole().name(), said.speaker() == null ? null : said.speaker().value(), helper,
                    said.saidAt(), State.STANDS, null, null, null, null, null, null, now));
            added++;
        }
        cases.recordChange(p.caseContext(), p.change("section " + section.name() + " started from All about me"),
                added + " quoted");
        thread.recompute(p);
        return added;
    }

    @Transactional(readOnly = true)
    public List<Shown> shown(PlanContext p, SectionCode section) {
        if (!section.isAboutTheChild()) {
            return List.of();
        }
        List<Shown> out = new ArrayList<>();
        for (Quote q : quotes.standing(p.version().id(), section)) {
            Quote waiting = quotes.pending(p.version().id(), q.lineage()).orElse(null);
            out.add(new Shown(q, waiting, waiting != null && mayAnswer(p, q)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<Quote> standing(PlanContext p, UUID lineage) {
        return quotes.standingOf(p.version().id(), lineage);
    }

    /**
     * The writer suggests new words for a quote. They go to the person who said them (or to the
     * family, for a child without an account) to accept or decline; until then the words stand.
     *
     * @return false if a change is already waiting on this quote
     */
    public boolean suggestChange(PlanContext p, Quote standing, String words, String reason) {
        Quote proposal = new Quote(UUID.randomUUID(), standing.versionId(), standing.section(), standing.lineage(), standing.heading(),
                words.strip(), standing.picked(), standing.speakerName(), standing.speakerRole(), standing.speakerId(),
                standing.helperName(), standing.saidAt(), State.PROPOSED, p.caseContext().viewerId().value(),
                p.caseContext().viewerName(), reason == null || reason.isBlank() ? null : reason.strip(), null, null, null,
                clock.instant());
        if (!quotes.insert(proposal)) {
            return false;
        }
        cases.recordChange(p.caseContext(), p.change("change suggested to quoted words in section " + standing.section().name()),
                null);
        String path = "/cases/" + p.caseContext().caseId().value() + "/plans/" + p.plan().id() + "/versions/" + p.version().number()
                + "/sections/" + standing.section().slug() + "#quoted-words";
        List<Object> args = List.of(p.caseContext().viewerName());
        if (standing.speakerId() != null) {
            notices.tell(p.caseContext().caseId(), new PersonId(standing.speakerId()), "email.quoteChange.subject",
                    "email.quoteChange.body", args, path);
        } else {
            notices.tell(p.caseContext().caseId(), t -> t.role().isFamily() && t.mayAct(), "email.quoteChange.subject",
                    "email.quoteChange.body", args, path);
        }
        return true;
    }

    /** The family accepts or declines a suggested change; false if it was answered already or they may not. */
    public boolean answer(PlanContext p, Quote standing, boolean accept) {
        Optional<Quote> waiting = quotes.pending(p.version().id(), standing.lineage());
        if (waiting.isEmpty() || !mayAnswer(p, standing)) {
            return false;
        }
        if (!quotes.answer(waiting.get().id(), accept, p.caseContext().viewerId().value(), p.caseContext().viewerName(),
                clock.instant())) {
            return false;
        }
        if (accept) {
            quotes.replace(standing.id());
            thread.recompute(p);
        }
        cases.recordChange(p.caseContext(), p.change((accept ? "accepted" : "declined") + " a change to quoted words in section "
                + standing.section().name()), null);
        if (waiting.get().proposedBy() != null) {
            notices.tell(p.caseContext().caseId(), new PersonId(waiting.get().proposedBy()), "email.quoteAnswered.subject",
                    accept ? "email.quoteAccepted.body" : "email.quoteDeclined.body", List.of(p.caseContext().viewerName()),
                    "/cases/" + p.caseContext().caseId().value() + "/plans/" + p.plan().id() + "/versions/" + p.version().number()
                            + "/sections/" + standing.section().slug() + "#quoted-words");
        }
        return true;
    }

    /** The person who said the words answers a change to them; a child's words without an account, any family member. */
    public static boolean mayAnswer(PlanContext p, Quote q) {
        if (!p.caseContext().mayAct() || !p.caseContext().role().isFamily()) {
            return false;
        }
        return q.speakerId() == null ? true : q.speakerId().equals(p.caseContext().viewerId().value());
    }

    /** The family members who chose to co-produce, in the order they joined: named co-authors of section A. */
    @Transactional(readOnly = true)
    public List<CoAuthor> coAuthors(org.coplan.cases.CaseId caseId) {
        List<CaseMember> family = cases.activeMembers(caseId).stream().filter(m -> m.role().isFamily())
                .filter(m -> cases.choicesOf(m.id()).map(c -> c.involvement() == Involvement.CO_PRODUCING).orElse(false))
                .toList();
        Map<PersonId, Person> persons = people.findAll(family.stream().map(CaseMember::personId).toList());
        Locale locale = LocaleContextHolder.getLocale();
        return family.stream().filter(m -> persons.containsKey(m.personId()))
                .map(m -> new CoAuthor(m.personId(), persons.get(m.personId()).displayName(),
                        messages.getMessage("role." + m.role().name(), null, locale)))
                .toList();
    }
}
