package org.coplan.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.ChildCase;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.plans.document.PlanDocument;
import org.coplan.plans.domain.AgreementMark;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.SectionCode;
import org.coplan.plans.domain.VersionStatus;
import org.coplan.plans.internal.AgreementMarks.Mark;
import org.coplan.plans.internal.Contributions.Contribution;
import org.coplan.plans.internal.PlanComments.Comment;
import org.coplan.plans.internal.PlanItems.Item;
import org.coplan.plans.internal.SectionRevisions.Revision;
import org.coplan.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a whole plan version at once, for its pages and its PDF. */
@Service
@Transactional(readOnly = true)
public class PlanViews {

    /** Someone expected to mark agreement, and where they stand on one section. */
    public record Position(UUID personId, String name, CaseRole role, AgreementMark mark, String reason) {}

    public record SectionView(
            SectionCode code, Revision text, List<Item> items, List<Contribution> contributions, List<Comment> comments,
            List<Position> positions) {

        public long unanswered() {
            return contributions.stream().filter(c -> !c.answered()).count();
        }

        public long count(AgreementMark mark) {
            return positions.stream().filter(p -> p.mark() == mark).count();
        }

        public long disagreements() {
            return count(AgreementMark.DISAGREE);
        }
    }

    /**
     * @param amounts each provision item's amount in words, by lineage; items without an amount are not in it
     */
    public record VersionView(
            PlanContext context, List<SectionView> sections, Map<UUID, Item> itemsByLineage, Map<UUID, String> amounts) {

        public SectionView section(SectionCode code) {
            return sections.stream().filter(s -> s.code() == code).findFirst().orElseThrow();
        }

        public long unanswered() {
            return sections.stream().mapToLong(SectionView::unanswered).sum();
        }
    }

    private final SectionRevisions revisions;
    private final Contributions contributions;
    private final PlanItems items;
    private final PlanComments comments;
    private final AgreementMarks marks;
    private final CaseAccess cases;
    private final People people;
    private final MessageSource messages;
    private final String serviceName;
    private final String operatorName;
    private final QuotedWords quoted;
    private final AmountWords amountWords;

    PlanViews(
            SectionRevisions revisions, Contributions contributions, PlanItems items, PlanComments comments, AgreementMarks marks,
            CaseAccess cases, People people, MessageSource messages, QuotedWords quoted, AmountWords amountWords,
            @Value("${coplan.service-name}") String serviceName, @Value("${coplan.operator-name}") String operatorName) {
        this.amountWords = amountWords;
        this.quoted = quoted;
        this.revisions = revisions;
        this.contributions = contributions;
        this.items = items;
        this.comments = comments;
        this.marks = marks;
        this.cases = cases;
        this.people = people;
        this.messages = messages;
        this.serviceName = serviceName;
        this.operatorName = operatorName;
    }

    public VersionView view(PlanContext p) {
        UUID versionId = p.version().id();
        Map<SectionCode, Revision> texts = revisions.latest(versionId);
        List<Item> allItems = items.current(versionId);
        List<Contribution> allContributions = contributions.forVersion(versionId);
        List<Comment> allComments = comments.forVersion(versionId);
        List<Mark> allMarks = marks.current(versionId);
        List<Position> expected = expectedMarkers(p);
        List<SectionView> sections = new ArrayList<>();
        for (SectionCode code : SectionCode.of(p.plan().kind())) {
            Map<UUID, Position> positions = new LinkedHashMap<>();
            expected.forEach(e -> positions.put(e.personId(), e));
            allMarks.stream().filter(m -> m.section() == code).forEach(m -> positions.put(m.personId(),
                    new Position(m.personId(), m.personName(), CaseRole.valueOf(m.personRole()), m.mark(), m.reason())));
            sections.add(new SectionView(code, texts.get(code),
                    allItems.stream().filter(i -> i.section() == code).toList(),
                    allContributions.stream().filter(c -> c.section() == code).toList(),
                    allComments.stream().filter(c -> c.section() == code).toList(),
                    List.copyOf(positions.values())));
        }
        Map<UUID, Item> byLineage = allItems.stream().collect(Collectors.toMap(Item::lineage, i -> i, (a, b) -> a, LinkedHashMap::new));
        return new VersionView(p, sections, byLineage, amounts(allItems));
    }

    private Map<UUID, String> amounts(List<Item> all) {
        List<Item> counted = all.stream().filter(i -> i.amount() != null).toList();
        if (counted.isEmpty()) {
            return Map.of();
        }
        List<PersonId> named = counted.stream().map(i -> i.amount().providerPerson()).filter(java.util.Objects::nonNull).distinct()
                .map(PersonId::new).toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!named.isEmpty()) {
            people.findAll(named).forEach((id, person) -> names.put(id.value(), person.displayName()));
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, String> words = new LinkedHashMap<>();
        counted.forEach(i -> words.put(i.lineage(), amountWords.text(i.amount(), names, locale)));
        return words;
    }

    /** The family, and the professionals if the writer asked them, each "not read yet" until they say. */
    private List<Position> expectedMarkers(PlanContext p) {
        if (p.version().status() == VersionStatus.DRAFT) {
            return List.of();
        }
        List<CaseMember> team = cases.activeMembers(p.caseContext().caseId());
        Map<PersonId, Person> persons = people.findAll(team.stream().map(CaseMember::personId).toList());
        return team.stream()
                .filter(m -> m.role().isFamily()
                        || (p.version().professionalsAsked() && m.role() != p.plan().kind().writer()))
                .sorted(Comparator.comparing(m -> !m.role().isFamily()))
                .map(m -> new Position(m.personId().value(),
                        Optional.ofNullable(persons.get(m.personId())).map(Person::displayName).orElse(""), m.role(),
                        AgreementMark.NOT_READ, null))
                .toList();
    }

    /** The version as a document to print or export. */
    public PlanDocument document(PlanContext p) {
        VersionView view = view(p);
        Locale locale = LocaleContextHolder.getLocale();
        ChildCase child = p.caseContext().child();
        List<String> coAuthors = quoted.coAuthors(p.caseContext().caseId()).stream()
                .map(a -> a.name() + " (" + a.role() + ")").toList();
        List<PlanDocument.Section> sections = view.sections().stream().map(s -> new PlanDocument.Section(
                s.code().name(),
                msg("plan.section." + s.code().name(), locale),
                s.text() == null ? "" : s.text().body(),
                s.items().stream().map(i -> item(i, view, locale)).toList(),
                s.contributions().stream().map(c -> new PlanDocument.Attribution(
                        c.authorName(), msg("role." + c.authorRole(), locale), msg("contributionKind." + c.kind().name(), locale),
                        LocalDate.ofInstant(c.createdAt(), ClockConfiguration.ZONE), c.body(),
                        c.response() == null ? msg("plan.response.none", locale)
                                : msg("plan.response." + c.response().outcome().name(), locale)
                                        + (c.response().explanation() == null ? "" : ": " + c.response().explanation()),
                        answerer(c.response(), locale)))
                        .toList(),
                s.positions().stream().filter(pos -> pos.mark() == AgreementMark.DISAGREE)
                        .map(pos -> messages.getMessage("plan.document.disagreement", new Object[] {pos.name(),
                                msg("role." + pos.role().name(), locale), pos.reason()}, locale))
                        .toList(),
                quoted.shown(p, s.code()).stream().map(sh -> new PlanDocument.Quote(sh.quote().heading(), sh.quote().body(),
                        sh.quote().picked(), saidBy(sh.quote(), locale))).toList(),
                s.code().isAboutTheChild() ? coAuthors : List.of()))
                .toList();
        LocalDate date = LocalDate.ofInstant(p.version().issuedAt() != null ? p.version().issuedAt() : p.version().createdAt(),
                ClockConfiguration.ZONE);
        return new PlanDocument(serviceName, operatorName,
                msg(p.plan().kind() == PlanKind.EHC ? "plan.kind.EHC" : "plan.kind.SEN_SUPPORT", locale),
                child.knownAs() + " " + child.familyName(), child.dateOfBirth(),
                messages.getMessage(p.version().isAmendment() ? "plan.versionLabel.amendment" : "plan.versionLabel",
                        new Object[] {p.version().number(), msg("plan.status." + p.version().status().name(), locale)}, locale),
                p.version().status().name(), date, sections);
    }

    private String saidBy(SectionQuotes.Quote q, Locale locale) {
        String role = msg("role." + q.speakerRole(), locale);
        return q.helperName() == null
                ? messages.getMessage("quoted.by", new Object[] {q.speakerName(), role}, locale)
                : messages.getMessage("quoted.byHelped", new Object[] {q.speakerName(), role, q.helperName()}, locale);
    }

    /** "Sam Patel, EHC coordinator", the name alone for an answer kept without a role, or null with no answer. */
    private String answerer(Contributions.Response r, Locale locale) {
        if (r == null) {
            return null;
        }
        return r.responderRole() == null ? r.responderName() : messages.getMessage("answer.byPerson",
                new Object[] {r.responderName(), msg("role." + r.responderRole().name(), locale)}, locale);
    }

    private PlanDocument.Item item(Item i, VersionView view, Locale locale) {
        List<PlanDocument.Field> fields = new ArrayList<>();
        add(fields, msg("item.byWhen", locale), i.byWhen());
        add(fields, msg("item.provider", locale), i.provider());
        add(fields, msg("item.frequency", locale), i.frequency());
        add(fields, msg("item.sessionLength", locale), i.sessionLength());
        add(fields, msg("item.groupSize", locale), i.groupSize());
        add(fields, msg("amount.inNumbers", locale), view.amounts().get(i.lineage()));
        add(fields, msg("item.starts", locale), i.starts() == null ? null : i.starts().toString());
        add(fields, msg("item.ends", locale), i.ends() == null ? null : i.ends().toString());
        if (!i.links().isEmpty()) {
            String linked = i.links().stream().map(view.itemsByLineage()::get).filter(java.util.Objects::nonNull)
                    .map(Item::description).collect(Collectors.joining("; "));
            add(fields, msg(i.kind() == PlanItems.Kind.OUTCOME ? "item.needsAddressed" : "item.outcomesServed", locale), linked);
        }
        return new PlanDocument.Item(i.description(), fields);
    }

    private static void add(List<PlanDocument.Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new PlanDocument.Field(label, value));
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
