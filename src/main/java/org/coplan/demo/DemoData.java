package org.coplan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseRole;
import org.coplan.cases.CaseSetup;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.Stage;
import org.coplan.cases.SupportChoice;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.SecondFactors;
import org.coplan.people.StaffRole;
import org.coplan.cases.CaseAccess;
import org.coplan.meetings.MeetingSetup;
import org.coplan.meetings.domain.NotePart;
import org.coplan.plans.PlanSetup;
import org.coplan.plans.domain.ProvisionAmount;
import org.coplan.process.ProcessSetup;
import org.coplan.process.domain.AdviceKind;
import org.coplan.process.domain.DeadlineKey;
import org.coplan.process.domain.ExceptionReason;
import org.coplan.process.domain.ProcessEvent;
import org.coplan.process.domain.ProcessEventKind;
import org.coplan.process.domain.Problem;
import org.coplan.deadlines.RequestChannel;
import org.coplan.process.domain.RequestSource;
import org.coplan.deadlines.StatutoryDeadlines.TransferKind;
import org.coplan.plans.domain.ContributionKind;
import org.coplan.plans.domain.PlanKind;
import org.coplan.plans.domain.ResponseOutcome;
import org.coplan.plans.domain.SectionCode;
import java.util.List;
import java.util.UUID;
import org.coplan.shared.db.DatabaseConfiguration.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, believable local area for trying Coplan: one local authority, two schools, services,
 * a parent carer forum and six children at different stages, with every role represented (and a
 * cohort of 48 more at SEN support, so the co-production dashboards have figures to show). Loaded
 * once, into an empty database: on the embedded database by default, on a real server only when
 * {@code COPLAN_DEMO_DATA=true}. Dates of birth are set from today, so each child stays at the
 * age the demo needs.
 */
@Component
class DemoData implements ApplicationRunner {

    /** The password of every demo account (listed in the README). */
    static final String PASSWORD = "coplan-demo-2026";
    static final String DOMAIN = "@demo.coplan.test";
    /**
     * The authenticator-app key of the demo SEN manager and administrator, who must use a second
     * factor (listed in the README, so anyone can try the demo). Never use a published key for real.
     */
    static final String SECOND_FACTOR_KEY = "COPLANDEMOKEYFORTRYINGTHESERVICE";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final People people;
    private final CaseSetup setup;
    private final PlanSetup plans;
    private final ProcessSetup process;
    private final MeetingSetup meetings;
    private final CaseAccess cases;
    private final SecondFactors secondFactors;
    private final Clock clock;
    private final org.coplan.deadlines.StatutoryDeadlines rules;
    private final boolean wanted;
    private final org.coplan.cases.CaseNotices caseNotices;
    private final org.coplan.requests.RequestSetup requests;
    private final org.coplan.provision.DeliverySetup delivery;
    private final org.coplan.provision.TermDatesSetup termDates;

    DemoData(People people, CaseSetup setup, PlanSetup plans, ProcessSetup process, MeetingSetup meetings, CaseAccess cases, SecondFactors secondFactors, Clock clock, EmbeddedDatabase embedded, org.coplan.deadlines.StatutoryDeadlines rules, org.coplan.requests.RequestSetup requests, @Value("${coplan.demo-data}") String setting,
            org.coplan.cases.CaseNotices caseNotices, org.coplan.provision.DeliverySetup delivery,
            org.coplan.provision.TermDatesSetup termDates,
            org.coplan.measures.ConfidenceSurveys confidenceSurveys) {
        this.confidenceSurveys = confidenceSurveys;
        this.delivery = delivery;
        this.caseNotices = caseNotices;
        this.termDates = termDates;
        this.rules = rules;
        this.requests = requests;
        this.people = people;
        this.setup = setup;
        this.plans = plans;
        this.process = process;
        this.meetings = meetings;
        this.cases = cases;
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.wanted = "true".equalsIgnoreCase(setting) || ("auto".equalsIgnoreCase(setting) && embedded.isRunning());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!wanted || people.anyAccountExists()) {
            return;
        }
        load();
        log.info("Demo data loaded. Sign in as {} (and others in the README) with the password {}", "parent" + DOMAIN, PASSWORD);
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        Organisation la = people.createOrganisation(OrganisationKind.LOCAL_AUTHORITY, "Demo County Council", null);
        Organisation oakfield = people.createOrganisation(OrganisationKind.SCHOOL, "Oakfield Primary School", la.id());
        Organisation riverside = people.createOrganisation(OrganisationKind.SCHOOL, "Riverside Academy", la.id());
        Organisation epService = people.createOrganisation(OrganisationKind.SERVICE, "Demo County Educational Psychology Service", la.id());
        Organisation therapies = people.createOrganisation(OrganisationKind.SERVICE, "Children's Therapies, Demo NHS Trust", la.id());
        Organisation socialCare = people.createOrganisation(OrganisationKind.SERVICE, "Demo County Children's Social Care", la.id());
        Organisation sendiass = people.createOrganisation(OrganisationKind.SERVICE, "Demo County SENDIASS", la.id());
        Organisation forum = people.createOrganisation(OrganisationKind.FORUM, "Demo County Parent Carer Forum", la.id());

        Person coordinator = staff("coordinator", "Priya Shah", la, StaffRole.EHC_COORDINATOR);
        Person manager = staff("manager", "Tom Okafor", la, StaffRole.SEN_MANAGER);
        Person admin = staff("admin", "Alex Morgan", la, StaffRole.ADMINISTRATOR);
        secondFactors.setUpWithKey(manager.id(), SECOND_FACTOR_KEY);
        secondFactors.setUpWithKey(admin.id(), SECOND_FACTOR_KEY);
        Person sencoOak = staff("senco.oakfield", "Helen Carter", oakfield, StaffRole.SENCO);
        Person sencoRiver = staff("senco.riverside", "Marcus Reid", riverside, StaffRole.SENCO);
        Person ep = staff("ep", "Dr Aisha Rahman", epService, StaffRole.PROFESSIONAL);
        Person therapist = staff("health", "Sam Lee", therapies, StaffRole.PROFESSIONAL);
        Person social = staff("social", "Jo Evans", socialCare, StaffRole.PROFESSIONAL);
        Person adviser = staff("sendiass", "Grace Mensah", sendiass, StaffRole.PROFESSIONAL);
        staff("forum", "Fiona Green", forum, StaffRole.FORUM_MEMBER);
        Person sarah = account("parent", "Sarah Ahmed");
        Person daniel = account("parent2", "Daniel Brown");
        Person maria = account("parent3", "Maria Kowalska");
        Person zofia = account("young.person", "Zofia Kowalska");

        // 1. SEN support at primary school
        CaseId amira = setup.openCase(sencoOak.id(), CaseRole.SENCO, "Amira", "Ahmed", null, today.minusYears(8).minusDays(40),
                oakfield.id(), la.id(), Stage.SEN_SUPPORT);
        CaseMember sarahOnAmira = setup.addMember(amira, sarah.id(), CaseRole.PARENT_CARER);
        setup.writeAboutMe(amira, AboutMePart.LIKE_AND_ADMIRE, "Amira is kind and funny. She always notices when a friend is sad.", sarah.id(), CaseRole.PARENT_CARER);
        setup.writeAboutMe(amira, AboutMePart.IMPORTANT_TO_ME, "My cat Biscuit. Drawing. Knowing what is happening next.", sarah.id(), CaseRole.PARENT_CARER);
        setup.participation(new ParticipationChoices(sarahOnAmira.id(), Involvement.CO_PRODUCING,
                EnumSet.of(ContactChannel.EMAIL, ContactChannel.TEXT), "English", false, null, Set.of(), "Tuesday afternoons", 0, null));

        // 2. EHC needs assessment requested
        CaseId yusuf = setup.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Yusuf", "Ahmed", null, today.minusYears(10).minusDays(100),
                oakfield.id(), la.id(), Stage.ASSESSMENT_REQUESTED);
        CaseMember sarahOnYusuf = setup.addMember(yusuf, sarah.id(), CaseRole.PARENT_CARER);
        setup.addMember(yusuf, sencoOak.id(), CaseRole.SENCO);
        setup.addMember(yusuf, ep.id(), CaseRole.EDUCATIONAL_PSYCHOLOGIST);
        setup.participation(new ParticipationChoices(sarahOnYusuf.id(), Involvement.INVOLVED_IN_DECISIONS,
                EnumSet.of(ContactChannel.EMAIL), "English", false, null, EnumSet.of(SupportChoice.SENDIASS), null, 0, null));

        // 3. EHC plan at secondary school
        CaseId leo = setup.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Leonardo", "Brown", "Leo", today.minusYears(13).minusDays(200),
                riverside.id(), la.id(), Stage.EHC_PLAN);
        setup.addMember(leo, daniel.id(), CaseRole.PARENT_CARER);
        setup.addMember(leo, sencoRiver.id(), CaseRole.SENCO);
        setup.addMember(leo, therapist.id(), CaseRole.HEALTH_PROFESSIONAL);
        setup.addMember(leo, social.id(), CaseRole.SOCIAL_CARE);
        setup.writeAboutMe(leo, AboutMePart.HOW_TO_SUPPORT_ME, "Give me a minute to think before I answer. Tell me about changes the day before.", daniel.id(), CaseRole.PARENT_CARER);

        // 4. A young person over 16 with an EHC plan
        CaseId zofiaCase = setup.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Zofia", "Kowalska", null, today.minusYears(17).minusDays(60),
                riverside.id(), la.id(), Stage.EHC_PLAN);
        setup.addMember(zofiaCase, zofia.id(), CaseRole.CHILD_YOUNG_PERSON);
        CaseMember mariaOnZofia = setup.addMember(zofiaCase, maria.id(), CaseRole.PARENT_CARER);
        setup.addMember(zofiaCase, adviser.id(), CaseRole.SENDIASS_ADVISER);
        setup.writeAboutMe(zofiaCase, AboutMePart.IMPORTANT_TO_ME, "Going to college to study animal care. Seeing my friends at weekends.", zofia.id(), CaseRole.CHILD_YOUNG_PERSON);
        setup.participation(new ParticipationChoices(mariaOnZofia.id(), Involvement.ASKED_FOR_VIEWS,
                EnumSet.of(ContactChannel.PHONE, ContactChannel.POST), "Polish", true, "Letters in large print, please.", Set.of(), null, 0, null));

        // 5. EHC needs assessment under way
        CaseId noah = setup.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Noah", "Williams", null, today.minusYears(11).minusDays(10),
                riverside.id(), la.id(), Stage.ASSESSMENT);
        setup.addMember(noah, ep.id(), CaseRole.EDUCATIONAL_PSYCHOLOGIST);
        setup.addMember(noah, therapist.id(), CaseRole.HEALTH_PROFESSIONAL);

        // 6. A draft EHC plan for a young child
        CaseId ella = setup.openCase(coordinator.id(), CaseRole.EHC_COORDINATOR, "Ella", "Thompson", null, today.minusYears(5).minusDays(150),
                oakfield.id(), la.id(), Stage.DRAFT_PLAN);
        setup.addMember(ella, sencoOak.id(), CaseRole.SENCO);
        setup.addMember(ella, ep.id(), CaseRole.EDUCATIONAL_PSYCHOLOGIST);
        setup.addMember(ella, account("parent4", "Chloe Thompson").id(), CaseRole.PARENT_CARER);

        process(coordinator, today, yusuf, leo, zofiaCase, noah, ella);
        plans(coordinator, sencoOak, sarah, daniel, ep, therapist, amira, leo, ella, today);
        zofiasPlan(coordinator, zofia, zofiaCase, zofiaIssuedOn(today));
        afterPlans(coordinator, today, leo, zofiaCase);
        conversation(today, sencoOak, sarah, amira, sarahOnAmira);
        channels(amira, sarah, sarahOnAmira, zofiaCase, maria, mariaOnZofia, la);
        familyRequests(la, sendiass, sarah, amira, daniel, leo);
        viewsBeforeMeeting(today, coordinator, sarah, yusuf, sarahOnYusuf);
        childsOwnVoice(sencoOak, sarah, amira);
        quantifiedProvisionAndThread(sencoOak, amira);
        progressOnOutcomes(today, therapist, sencoRiver, coordinator, daniel, zofia, leo, zofiaCase);
        deliveredSessions(therapist, leo, today);
        termDatesAndFidelity(la, riverside, manager, sencoRiver, today);
        reviewFromEvidence(today, coordinator, leo);
        confidenceMeasure(amira, ella, today);
        genuinePartnershipsSelfReview();
        figureFacets(oakfield, riverside, amira, yusuf, leo, zofiaCase, noah, ella);
        demoCohort(oakfield, riverside, sencoOak, sencoRiver, today);
        authorityYouSaidWeDid(la, manager);
        benchModelThemes(sencoOak, sarah, daniel, zofia, amira, yusuf, leo, ella, zofiaCase);
        forumMembership(forum, sarah);
        forumPolls(forum, manager, sarah);
        coproductionBoard(la);
        localOffer();
    }

    private org.coplan.strategic.ForumSetup forumSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void forumSetup(org.coplan.strategic.ForumSetup forumSetup) {
        this.forumSetup = forumSetup;
    }

    /**
     * The parent carer forum's members: Fiona Green becomes an officer of the forum (and a member),
     * Sarah Ahmed, a parent on two cases, is a verified member with topics of her own (her cases are
     * untouched and the forum pages show nothing of them), 30 more parents joined over the last year
     * (accounts without a password: they do not sign in), and one is still to confirm the emailed link.
     */
    private void forumMembership(Organisation forum, Person sarah) {
        Person fiona = people.findByEmail("forum" + DOMAIN).orElseThrow();
        people.addStaffRole(fiona.id(), forum.id(), StaffRole.FORUM_OFFICER);
        Instant now = clock.instant();
        List<org.coplan.strategic.ForumSetup.Joiner> joiners = new java.util.ArrayList<>();
        joiners.add(new org.coplan.strategic.ForumSetup.Joiner(fiona.email(), fiona.displayName(), List.of(), null,
                now.minus(java.time.Duration.ofDays(400))));
        joiners.add(new org.coplan.strategic.ForumSetup.Joiner(sarah.email(), sarah.displayName(),
                List.of("SEN_SUPPORT_IN_SCHOOL", "EHC_PLANS", "TRANSPORT"), null, now.minus(java.time.Duration.ofDays(120))));
        String[] given = {"Aaliyah", "Ben", "Carys", "Dev", "Erin", "Farah", "Gareth", "Hana", "Idris", "Jade", "Kofi", "Lena", "Mo",
                "Nia", "Owen", "Priti", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vicky", "Wes", "Xin", "Yasmin", "Zak", "Amber", "Bilal",
                "Cleo", "Dylan"};
        String[] family = {"Forumson", "Carerley", "Parentfield", "Voiceworth", "Togetherby", "Sharewell"};
        String[] topics = {"EARLY_YEARS", "SEN_SUPPORT_IN_SCHOOL", "EHC_PLANS", "HEALTH_AND_THERAPIES", "SOCIAL_CARE_AND_SHORT_BREAKS",
                "TRANSPORT", "PREPARING_FOR_ADULTHOOD", "COMMUNICATION_AND_INTERACTION", "COGNITION_AND_LEARNING",
                "SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH", "SENSORY_AND_PHYSICAL"};
        for (int i = 0; i < given.length; i++) {
            // a few choose nothing (everything); the rest one to three topics, spread so every topic has several
            int n = i;
            List<String> chosen = n % 7 == 0 ? List.of()
                    : java.util.stream.IntStream.range(0, 1 + n % 3).mapToObj(k -> topics[(n * 5 + k * 3) % topics.length]).distinct().toList();
            String mobile = i % 4 == 1 ? String.format("+4477009%05d", 100 + i) : null;
            joiners.add(new org.coplan.strategic.ForumSetup.Joiner("family-forum." + (i + 1) + DOMAIN,
                    given[i] + " " + family[i % family.length], chosen, mobile, now.minus(java.time.Duration.ofDays(5 + i * 11L))));
        }
        forumSetup.members(forum.id().value(), joiners);
        forumSetup.waiting(forum.id().value(), new org.coplan.strategic.ForumSetup.Joiner("family-forum.waiting" + DOMAIN, "Nadia Newjoin",
                List.of("EARLY_YEARS"), null, now.minus(java.time.Duration.ofDays(1))), now.plus(java.time.Duration.ofDays(6)));
    }

    private org.coplan.strategic.BoardSetup boardSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void boardSetup(org.coplan.strategic.BoardSetup boardSetup) {
        this.boardSetup = boardSetup;
    }

    /**
     * The co-production board of the demo area: Fiona Green of the forum and Tom Okafor, the SEN
     * manager, co-lead four items of the programme (one done, with what was done); a meeting held three
     * weeks ago with its minutes, two decisions and three actions (one done, one overdue); one to come.
     */
    private void coproductionBoard(Organisation la) {
        Organisation forum = people.organisationsIn(la.id()).stream().filter(o -> o.kind() == OrganisationKind.FORUM).findFirst()
                .orElseThrow();
        boardSetup.demoBoard(la, forum, people.findByEmail("forum" + DOMAIN).orElseThrow(), people.findByEmail("manager" + DOMAIN).orElseThrow());
    }

    private org.coplan.measures.AuthorityYouSaidSetup authorityYouSaid;

    private org.coplan.strategic.ThemeSetup themeSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void themeSetup(org.coplan.strategic.ThemeSetup themeSetup) {
        this.themeSetup = themeSetup;
    }

    /**
     * The bench model: families on three cases (Sarah on Yusuf's, Daniel on Leo's, Chloe on Ella's)
     * count their case on "Waiting for speech and language therapy after the plan is issued", so it is
     * on the board's programme raised from 3 families; Helen Carter marked it on Amira's case too,
     * waiting for Sarah to agree; Zofia counts her own case on a second theme, below the threshold.
     */
    private void benchModelThemes(Person sencoOak, Person sarah, Person daniel, Person zofia, CaseId amira, CaseId yusuf,
            CaseId leo, CaseId ella, CaseId zofiaCase) {
        java.util.UUID therapy = themeSetup.theme(yusuf, sarah.id(), "Waiting for speech and language therapy after the plan is issued",
                "The plan says weekly therapy, but it does not start for months after the plan is issued.");
        themeSetup.mark(yusuf, sarah.id(), therapy, "");
        themeSetup.mark(leo, daniel.id(), therapy, "");
        org.coplan.people.PersonId chloe = cases.activeMembers(ella).stream().filter(m -> m.role() == CaseRole.PARENT_CARER).findFirst().orElseThrow().personId();
        themeSetup.mark(ella, chloe, therapy, "");
        themeSetup.mark(amira, sencoOak.id(), therapy, "Speech therapy in the plan has not started since it was issued.");
        java.util.UUID college = themeSetup.theme(zofiaCase, zofia.id(), "Not knowing which college courses will take students with a plan",
                "Finding out late which courses can meet the support in the plan.");
        themeSetup.mark(zofiaCase, zofia.id(), college, "");
    }

    @org.springframework.beans.factory.annotation.Autowired
    void authorityYouSaidSetup(org.coplan.measures.AuthorityYouSaidSetup authorityYouSaid) {
        this.authorityYouSaid = authorityYouSaid;
    }

    private org.coplan.strategic.PollsSetup pollsSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void pollsSetup(org.coplan.strategic.PollsSetup pollsSetup) {
        this.pollsSetup = pollsSetup;
    }

    /**
     * The forum's polls, run by Tom Okafor (SEN manager, an officer of the board): one open poll Fiona
     * and Sarah can answer, one closed poll with 42 answers and its outcome, and an open two-part consultation.
     */
    private void forumPolls(Organisation forum, Person manager, Person sarah) {
        Person fiona = people.findByEmail("forum" + DOMAIN).orElseThrow();
        pollsSetup.demo(forum.id().value(), manager, List.of(fiona, sarah));
    }

    /** One published "you said, we did" for the area, by Tom Okafor, the SEN manager: the public page has something to show. */
    private void authorityYouSaidWeDid(Organisation la, Person manager) {
        authorityYouSaid.publish(manager, la,
                "Families told us they did not know who to contact about their child's plan.",
                "Every plan now names one person to contact, with their phone number and email address.");
    }

    /**
     * What figures are filtered by: Oakfield is a primary school and Riverside a secondary, and each
     * child has a primary type of need (the administrator and the case lead can change both).
     */
    private void figureFacets(Organisation oakfield, Organisation riverside, CaseId amira, CaseId yusuf, CaseId leo, CaseId zofia,
            CaseId noah, CaseId ella) {
        people.setPhase(oakfield.id(), org.coplan.people.SchoolPhase.PRIMARY);
        people.setPhase(riverside.id(), org.coplan.people.SchoolPhase.SECONDARY);
        caseSelections.setPrimaryNeed(amira, org.coplan.cases.NeedType.SPLD);
        caseSelections.setPrimaryNeed(yusuf, org.coplan.cases.NeedType.ASD);
        caseSelections.setPrimaryNeed(leo, org.coplan.cases.NeedType.SLCN);
        caseSelections.setPrimaryNeed(zofia, org.coplan.cases.NeedType.SPLD);
        caseSelections.setPrimaryNeed(noah, org.coplan.cases.NeedType.SEMH);
        caseSelections.setPrimaryNeed(ella, org.coplan.cases.NeedType.SLCN);
    }

    private final org.coplan.measures.ConfidenceSurveys confidenceSurveys;

    /**
     * Open confidence survey offers: Chloe, after Ella's draft plan was sent for comment (the moment the
     * plan's own event offers too, so it is offered once), and Sarah on Amira's case, this term's offer at
     * SEN support. Signed in as Sarah, Amira's case page links to the survey; the links are in the demo
     * mailbox.
     */
    private void confidenceMeasure(CaseId amira, CaseId ella, LocalDate today) {
        confidenceSurveys.offer(ella, org.coplan.measures.ConfidenceMoment.PLAN_SENT, "plan-EHC-1");
        confidenceSurveys.offer(amira, org.coplan.measures.ConfidenceMoment.TERM_AT_SEN_SUPPORT,
                org.coplan.measures.ConfidenceSurveys.termKey(today));
    }

    private org.coplan.measures.SelfReviewSetup selfReviews;

    @org.springframework.beans.factory.annotation.Autowired
    void selfReviewSetup(org.coplan.measures.SelfReviewSetup selfReviews) {
        this.selfReviews = selfReviews;
    }

    /**
     * Oakfield Primary's Genuine Partnerships self-review for this year: Helen Carter has rated the
     * school on all four cornerstones and sent them, Fiona Green of the parent carer forum has rated
     * two cornerstones but not sent them yet (so neither sees the other's), and one action is open.
     */
    private void genuinePartnershipsSelfReview() {
        Person helen = people.findByEmail("senco.oakfield" + DOMAIN).orElseThrow();
        Person fiona = people.findByEmail("forum" + DOMAIN).orElseThrow();
        org.coplan.people.OrganisationId oakfield = people.staffMemberships(helen.id()).get(0).organisationId();
        selfReviews.rate(helen, oakfield, java.util.Map.of(
                "WELCOME_AND_CARE", new String[] {"EMBEDDED", "Every family new to the school has a welcome meeting with the SENCO in the first two weeks."},
                "VALUE_AND_INCLUDE", new String[] {"DEVELOPING", "Parents' views are written into every SEN support plan, in their own words."},
                "COMMUNICATE", new String[] {"DEVELOPING", "Families get a termly letter; some told us they did not know who to call."},
                "WORK_IN_PARTNERSHIP", new String[] {"STARTING", "Two parents helped plan the new sensory room. We want to do this more often."}), true);
        selfReviews.rate(fiona, oakfield, java.util.Map.of(
                "WELCOME_AND_CARE", new String[] {"DEVELOPING", "Parents at our drop-in said the office is friendly, but new families felt lost in the first term."},
                "COMMUNICATE", new String[] {"STARTING", "Several parents did not know who the SENCO was or how to reach her."}), false);
        selfReviews.addAction(helen, oakfield, "COMMUNICATE", "Put the SENCO's name, photo and phone number on the website and in every letter home",
                "Helen Carter", LocalDate.now(clock).plusWeeks(6));
    }

    /**
     * Leo's annual review meeting, two weeks from today at Riverside, with his team invited: its page
     * opens with the progress on each outcome and the delivery of each provision item since his plan
     * was issued. Proposals can be recorded from the day of the meeting.
     */
    private void reviewFromEvidence(LocalDate today, Person coordinator, CaseId leo) {
        LocalDate day = today.plusWeeks(2);
        while (day.getDayOfWeek().getValue() > 5) { // a school meeting falls on a weekday
            day = day.plusDays(1);
        }
        meetings.upcomingAnnualReview(leo, coordinator, CaseRole.EHC_COORDINATOR, "Leo's annual review", "Riverside Academy, room 4",
                day.atTime(14, 0), cases.activeMembers(leo));
    }

    /**
     * Provision in numbers and the golden thread. Leo's and Zofia's issued plans carry amounts on
     * their provision (given as the items were written, before the plans were issued), except
     * Zofia's rest break, left "when needed" so her plan shows "This cannot be counted" and one gap;
     * Leo's plan has one gap too: section A has no words of Leo's own. Here Helen gives Amira's
     * phonics group its numbers on the SEN support plan she is writing, so that plan has no gaps.
     */
    private void quantifiedProvisionAndThread(Person senco, CaseId amira) {
        plans.quantify(senco.id(), amira, PlanKind.SEN_SUPPORT, "Phonics catch-up group",
                new ProvisionAmount(4, ProvisionAmount.Per.WEEK, 20, 4, CaseRole.SENCO.name(), senco.id().value()));
    }

    private org.coplan.provision.ProgressSetup progress;

    @org.springframework.beans.factory.annotation.Autowired
    void progressSetup(org.coplan.provision.ProgressSetup progress) {
        this.progress = progress;
    }

    /**
     * Monthly progress on the outcomes of Leo's and Zofia's issued plans, from the month after each
     * was issued, so their outcome pages show a chart; Daniel and Zofia each add their own view.
     */
    private void progressOnOutcomes(LocalDate today, Person therapist, Person senco, Person coordinator, Person daniel, Person zofia,
            CaseId leo, CaseId zofiaCase) {
        List<ProgressNote> following = List.of(
                new ProgressNote("Not started", "Leo followed the first step of three, then waited for help."),
                new ProgressNote("Emerging", "With the steps drawn on a card, Leo followed two of three."),
                new ProgressNote("Emerging", "Followed two steps in a science lesson; needed a reminder for the third."),
                new ProgressNote("Developing", "Followed three steps in therapy with the card, and twice without it."),
                new ProgressNote("Developing", "In class, followed a three-step instruction for the practical without asking."),
                new ProgressNote("Secure", "Followed three-step instructions in four lessons out of five this week."));
        List<ProgressNote> worries = List.of(
                new ProgressNote("Not started", "Leo went quiet when the timetable changed and did not say why."),
                new ProgressNote("Emerging", "Showed his worry card to the teaching assistant when the room changed."),
                new ProgressNote("Developing", "Told the teaching assistant he was worried about the supply teacher."),
                new ProgressNote("Developing", "Asked what would happen on the trip day, the day before."));
        List<ProgressNote> notes = List.of(
                new ProgressNote("Not started", "Zofia has the speech-to-text software; training starts next week."),
                new ProgressNote("Emerging", "Used speech-to-text for short notes in English with the learning support teacher."),
                new ProgressNote("Developing", "Took her own notes in two lessons a week."),
                new ProgressNote("Secure", "Takes her own notes in most lessons; checks them with her tutor on Fridays."));
        List<ProgressNote> rests = List.of(
                new ProgressNote("Emerging", "Attended three full days out of five, with a rest break each afternoon."),
                new ProgressNote("Developing", "Attended four full days; used the quiet room each afternoon."),
                new ProgressNote("Developing", "Four full days again; missed one afternoon after a hospital check-up."));
        List<UUID> leoOutcomes = progress.outcomesInForce(leo);
        List<UUID> zofiaOutcomes = progress.outcomesInForce(zofiaCase);
        monthly(today, leoIssuedOn(today), therapist, leo, leoOutcomes.get(0), following, "Sam Lee, speech and language therapist");
        monthly(today, leoIssuedOn(today), senco, leo, leoOutcomes.get(1), worries, "Teaching assistant");
        monthly(today, zofiaIssuedOn(today), coordinator, zofiaCase, zofiaOutcomes.get(0), notes, "Learning support teacher");
        monthly(today, zofiaIssuedOn(today), coordinator, zofiaCase, zofiaOutcomes.get(1), rests, "Pastoral team");
        progress.view(daniel.id(), leo, leoOutcomes.get(0), "Leo can now follow a recipe with me at home if I say one step at a time, then the next.",
                "GOING_WELL");
        progress.view(zofia.id(), zofiaCase, zofiaOutcomes.get(0), "The software is good but it gets my words wrong when the room is noisy.",
                "GOING_OK");
    }

    /** A step of the demo's progress and what was seen. */
    private record ProgressNote(String step, String evidence) {}

    /** One record a month from the month after {@code from}, spreading the steps given over the months up to today. */
    private void monthly(LocalDate today, LocalDate from, Person by, CaseId caseId, UUID outcome, List<ProgressNote> steps, String observedBy) {
        List<LocalDate> months = new java.util.ArrayList<>();
        for (LocalDate d = from.plusMonths(1); !d.isAfter(today); d = d.plusMonths(1)) {
            months.add(workingDay(d));
        }
        ProgressNote before = null;
        for (int i = 0; i < months.size(); i++) {
            ProgressNote note = steps.get(Math.min(steps.size() - 1, i * steps.size() / months.size()));
            String evidence = note == before ? "Much the same as last month. " + note.evidence() : note.evidence();
            progress.record(by.id(), caseId, outcome, note.step(), evidence, observedBy, months.get(i));
            before = note;
        }
    }

    /**
     * Sam Lee, the therapist on Leo's team, provides his speech and language therapy (about once a
     * fortnight: 3 sessions each half-term, 45 minutes each) and has recorded the last ten weeks:
     * four delivered, one missed when Leo was off sick and made up two days later, and one missed
     * when Sam was away, not made up yet. Sam's "My provision this week" lists it.
     */
    private void deliveredSessions(Person therapist, CaseId leo, LocalDate today) {
        String therapy = "Speech and language therapy on following instructions";
        delivery.provisionInForce(leo, leoIssuedOn(today));
        LocalDate tuesday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.TUESDAY));
        String sam = "Sam Lee";
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(10), true, 45, sam, "Listening for two key words in an instruction.", null, null);
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(8), true, 45, sam, "Following two-step instructions with pictures.", null, null);
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(6), false, null, null, null, "CHILD_ABSENT", null);
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(6).plusDays(2), true, 45, sam, "Two-step instructions without pictures.", null, tuesday.minusWeeks(6));
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(4), true, 40, sam, "Three-step instructions in a game. Leo asked for a repeat once.", null, null);
        delivery.record(therapist.id(), leo, therapy, tuesday.minusWeeks(2), false, null, null, null, "PROVIDER_ABSENT", null);
        delivery.record(therapist.id(), leo, therapy, tuesday, true, 45, sam, "Three-step instructions in class with his teacher watching.", null, null);
    }

    /**
     * Term dates: the council has saved this school year's dates (the typical dates for England),
     * and Riverside Academy has its own, each term starting a day later for staff training. Other
     * years use the built-in dates. The provision summary on each case counts by these; the
     * shortfall check runs on its own schedule, so nothing is sent while the demo loads.
     */
    private void termDatesAndFidelity(Organisation la, Organisation riverside, Person manager, Person sencoRiver, LocalDate today) {
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        if (termDates.authorityDefaultFromBuiltIn(la.id(), year, manager)) {
            termDates.schoolDatesStartingLater(riverside.id(), year, 1, sencoRiver);
        }
    }

    /**
     * Messages by the channels families chose: Sarah takes texts as well as email (with no Notify key
     * the text goes to the demo mailbox); Maria takes letters and phone calls, so a letter waits on
     * "Letters to post" and Priya, Zofia's named contact, has a call to make on "Phone calls to make".
     */
    private void channels(CaseId amira, Person sarah, CaseMember sarahOnAmira, CaseId zofiaCase, Person maria, CaseMember mariaOnZofia,
            Organisation la) {
        setup.contact(sarahOnAmira, new org.coplan.cases.ContactDetails("+447700900123", List.of(), null));
        setup.contact(mariaOnZofia, new org.coplan.cases.ContactDetails("+441632960123", List.of("14 Mill Lane", "Demo Town"), "DT2 3AB"));
        caseNotices.tell(amira, sarah.id(), "email.answered.subject", "email.answered.body", List.of("Helen Carter"),
                "/cases/" + amira.value());
        caseNotices.tell(zofiaCase, maria.id(), "email.answered.subject", "email.answered.body", List.of("Priya Shah"),
                "/cases/" + zofiaCase.value());
    }

    /**
     * A planning meeting for Yusuf next week, with Sarah's views before it in her own words: she chose
     * to be involved in decisions, so she is invited, and her views come first in Explore.
     */
    private void viewsBeforeMeeting(LocalDate today, Person coordinator, Person sarah, CaseId yusuf, CaseMember sarahOnYusuf) {
        CaseMember coordinatorOnYusuf = cases.activeMembers(yusuf).stream().filter(m -> m.personId().equals(coordinator.id())).findFirst()
                .orElseThrow();
        LocalDate meetingDay = today.plusWeeks(1);
        while (meetingDay.getDayOfWeek().getValue() > 5) { // a school meeting falls on a weekday
            meetingDay = meetingDay.plusDays(1);
        }
        UUID meeting = meetings.upcomingMeeting(yusuf, coordinator, CaseRole.EHC_COORDINATOR, "Planning Yusuf's assessment",
                "Oakfield Primary School, the meeting room", meetingDay.atTime(10, 0), List.of(sarahOnYusuf, coordinatorOnYusuf));
        meetings.ownViews(meeting, sarahOnYusuf, sarah, null, "Yusuf has made a friend in his class. He likes the new reading books.",
                "Lunchtimes are loud and he often comes home upset.\nHomework takes a very long time.",
                "A quiet place to go at lunch. Homework he can do on his own.", "Who will do the assessment, and when will we hear?");
    }

    /**
     * Amira gave her views on "My views" with her mum helping, and the SENCO started the "All
     * about me" section of her SEN support plan from them: her words and Sarah's are quoted with
     * their names, and Sarah, who co-produces, is named co-author.
     */
    private void childsOwnVoice(Person senco, Person sarah, CaseId amira) {
        setup.myViews(amira, sarah.id(), false, CaseRole.PARENT_CARER.name(), List.of(
                new org.coplan.cases.MyVoice.Answer(org.coplan.cases.MyVoiceQuestion.LIKE_DOING, List.of("DRAWING", "ANIMALS"),
                        "I draw Biscuit every day", null, 0),
                new org.coplan.cases.MyVoice.Answer(org.coplan.cases.MyVoiceQuestion.HARD, List.of("NOISE"),
                        "Reading out loud in class", null, 0),
                new org.coplan.cases.MyVoice.Answer(org.coplan.cases.MyVoiceQuestion.SCHOOL_FEELS, List.of(), null, 4, 0),
                new org.coplan.cases.MyVoice.Answer(org.coplan.cases.MyVoiceQuestion.WANT, List.of(),
                        "I want to read with my friend Maya", null, 0)));
        plans.quoteAboutMe(senco.id(), amira, PlanKind.SEN_SUPPORT);
    }

    /**
     * A structured conversation about Amira's reading, three weeks ago: Sarah's view in her own
     * words, the record's four stages, a decision and two actions (one done), for "you said, we did".
     */
    private void conversation(LocalDate today, Person senco, Person sarah, CaseId amira, CaseMember sarahOnAmira) {
        java.time.LocalDateTime held = today.minusWeeks(3).atTime(15, 30);
        Instant after = held.plusHours(1).atZone(clock.getZone()).toInstant();
        CaseMember sencoOnAmira = cases.activeMembers(amira).stream().filter(m -> m.personId().equals(senco.id())).findFirst().orElseThrow();
        UUID meeting = meetings.heldConversation(amira, senco, CaseRole.SENCO, "Amira's reading: how it is going", "Oakfield Primary School, the library",
                held, List.of(sarahOnAmira, sencoOnAmira));
        meetings.view(meeting, sarahOnAmira, sarah, senco, "Amira says reading aloud in class makes her tummy hurt. At home she reads to her cat and enjoys it.", after);
        meetings.note(meeting, NotePart.FOCUS, senco, CaseRole.SENCO, "Reading aloud in front of the class, and how Amira feels about it.", after);
        meetings.note(meeting, NotePart.PLAN, senco, CaseRole.SENCO, "Amira reads aloud only in her small group for now. Mrs Carter checks in with Sarah every two weeks.", after);
        meetings.note(meeting, NotePart.REVIEW, senco, CaseRole.SENCO, "We agreed to try this for half a term and talk again.", after);
        UUID decision = meetings.decision(amira, meeting, senco, CaseRole.SENCO, "Should Amira read aloud in front of the whole class?",
                "Carry on as now\nRead aloud only in her small group\nNo reading aloud at all",
                org.coplan.meetings.domain.DecisionHolder.SCHOOL, "Amira reads aloud only in her small group until the next review.",
                "Sarah and Amira said reading to the class upsets her; the group teacher sees her read well with four other children.", after);
        meetings.action(amira, meeting, decision, sencoOnAmira, senco, senco, "Tell Amira's class teacher about the small-group arrangement",
                today.minusWeeks(2), after, today.minusWeeks(2).atTime(9, 0).atZone(clock.getZone()).toInstant());
        meetings.action(amira, meeting, decision, sarahOnAmira, sarah, senco, "Send the school the name of the reading app Amira uses at home",
                today.plusWeeks(1), after, null);
    }

    /**
     * Statutory steps, dated back from today: Yusuf's request waiting for a decision, Noah's
     * assessment with health advice overdue, Ella's assessment up to the decision to issue (her
     * draft plan is sent below), Leo's plan issued on time with a review meeting arranged, and
     * Zofia's plan with its annual review overdue and a move to college planned.
     */
    private void process(Person coordinator, LocalDate today, CaseId yusuf, CaseId leo, CaseId zofia, CaseId noah, CaseId ella) {
        request(coordinator, yusuf, today.minusDays(19), RequestSource.PARENT);

        request(coordinator, noah, today.minusWeeks(12), RequestSource.SCHOOL);
        step(coordinator, noah, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, today.minusWeeks(7).minusDays(2)));
        ProcessEvent psychology = ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, today.minusWeeks(7))
                .withAdviser(AdviceKind.PSYCHOLOGICAL, "Dr Aisha Rahman");
        step(coordinator, noah, psychology);
        step(coordinator, noah, ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, today.minusWeeks(7))
                .withAdviser(AdviceKind.MEDICAL, "Children's Therapies, Demo NHS Trust"));
        step(coordinator, noah, ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, today.minusWeeks(2))
                .withAdviser(AdviceKind.SOCIAL_CARE, null));
        step(coordinator, noah, ProcessEvent.of(ProcessEventKind.ADVICE_RECEIVED, today.minusDays(4)).withRelated(psychology.id()));

        request(coordinator, ella, today.minusWeeks(15), RequestSource.PARENT);
        step(coordinator, ella, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, today.minusWeeks(10)));
        ProcessEvent ellaPsychology = ProcessEvent.of(ProcessEventKind.ADVICE_REQUESTED, today.minusWeeks(10).plusDays(2))
                .withAdviser(AdviceKind.PSYCHOLOGICAL, "Dr Aisha Rahman");
        step(coordinator, ella, ellaPsychology);
        step(coordinator, ella, ProcessEvent.of(ProcessEventKind.ADVICE_RECEIVED, today.minusWeeks(5)).withRelated(ellaPsychology.id()));
        step(coordinator, ella, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, today.minusDays(3)));

        LocalDate leoIssued = leoIssuedOn(today);
        request(coordinator, leo, leoIssued.minusWeeks(19), RequestSource.PARENT);
        step(coordinator, leo, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, leoIssued.minusWeeks(14)));
        step(coordinator, leo, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, leoIssued.minusWeeks(5)));

        LocalDate zofiaIssued = zofiaIssuedOn(today);
        request(coordinator, zofia, zofiaIssued.minusWeeks(22), RequestSource.YOUNG_PERSON);
        step(coordinator, zofia, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ASSESS, zofiaIssued.minusWeeks(17)));
        step(coordinator, zofia, ProcessEvent.of(ProcessEventKind.EXCEPTION_RECORDED, zofiaIssued.minusWeeks(12))
                .withException(DeadlineKey.FINAL_PLAN, null, zofiaIssued.minusWeeks(6)).withOutcome(ExceptionReason.PERSONAL_CIRCUMSTANCES.name())
                .withReasons("Zofia was in hospital for six weeks."));
        step(coordinator, zofia, ProcessEvent.of(ProcessEventKind.DECIDED_TO_ISSUE, zofiaIssued.minusWeeks(5)));
    }

    /** Steps that need an issued plan: Leo's review meeting arranged, Zofia's move to college planned. */
    private void afterPlans(Person coordinator, LocalDate today, CaseId leo, CaseId zofia) {
        step(coordinator, leo, ProcessEvent.of(ProcessEventKind.REVIEW_MEETING_ARRANGED, today.minusDays(2))
                .withTarget(today.plusWeeks(2)));
        step(coordinator, zofia, ProcessEvent.of(ProcessEventKind.PHASE_TRANSFER_PLANNED, today.minusWeeks(3))
                .withTarget(LocalDate.of(today.getYear() + (today.getMonthValue() >= 9 ? 1 : 0), 9, 1))
                .withOutcome(TransferKind.SECONDARY_TO_POST_16.name()));
    }

    /** Plans are sent and issued on working days, as an office would. */
    private LocalDate workingDay(LocalDate day) {
        return rules.actBy(day).lastWorkingDay();
    }

    private LocalDate leoIssuedOn(LocalDate today) {
        return workingDay(today.minusMonths(11).minusDays(10));
    }

    private LocalDate zofiaIssuedOn(LocalDate today) {
        return workingDay(today.minusMonths(13));
    }

    private void request(Person coordinator, CaseId caseId, LocalDate received, RequestSource source) {
        step(coordinator, caseId, ProcessEvent.of(ProcessEventKind.REQUEST_RECEIVED, received)
                .withRequest(source, RequestChannel.EMAIL, received.atTime(10, 0)));
    }

    private void step(Person coordinator, CaseId caseId, ProcessEvent step) {
        List<Problem> problems = process.record(coordinator.id(), caseId, step);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo step " + step.kind() + " does not fit: " + problems);
        }
    }

    /** An issued EHC plan for Leo, a draft EHC plan out for comment for Ella, and an SEN support plan for Amira. */
    private void plans(Person coordinator, Person senco, Person sarah, Person daniel, Person ep, Person therapist,
            CaseId amira, CaseId leo, CaseId ella, LocalDate today) {
        UUID leoPlan = plans.start(coordinator.id(), leo, PlanKind.EHC);
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.A, "Leo loves maps, buses and drawing. He wants to work with trains when he leaves school.\n\nLeo's dad says Leo is kind and patient with his younger sister.");
        UUID listening = plans.need(coordinator.id(), leo, leoPlan, 1, SectionCode.B, "Finds it hard to follow spoken instructions with more than two steps");
        UUID change = plans.need(coordinator.id(), leo, leoPlan, 1, SectionCode.B, "Becomes anxious when routines change without warning");
        UUID follows = plans.outcome(coordinator.id(), leo, leoPlan, 1, SectionCode.E, "Leo will follow a three-step instruction in class without help", "July 2027", List.of(listening));
        UUID copes = plans.outcome(coordinator.id(), leo, leoPlan, 1, SectionCode.E, "Leo will tell an adult when he is worried about a change", "December 2026", List.of(change));
        plans.provision(coordinator.id(), leo, leoPlan, 1, SectionCode.F, "Speech and language therapy on following instructions", "NHS speech and language therapist", "Once a fortnight", "45 minutes", "1 to 1", List.of(follows),
                new ProvisionAmount(3, ProvisionAmount.Per.HALF_TERM, 45, 1, CaseRole.HEALTH_PROFESSIONAL.name(), therapist.id().value()));
        plans.provision(coordinator.id(), leo, leoPlan, 1, SectionCode.F, "Visual timetable and a warning the day before any change", "Class teacher and teaching assistant", "Every school day", "5 minutes each morning", "1 to 1", List.of(copes),
                new ProvisionAmount(5, ProvisionAmount.Per.WEEK, 5, 1, null, null));
        plans.contribution(daniel.id(), leo, leoPlan, 1, SectionCode.B, ContributionKind.PARENT_CARER_VIEW, "At home Leo does best when we write instructions down.", coordinator.id(), ResponseOutcome.INCLUDED_WITH_CHANGES, "Added to section F as a visual timetable at school.");
        plans.contribution(therapist.id(), leo, leoPlan, 1, SectionCode.F, ContributionKind.PROFESSIONAL_ADVICE, "Recommend fortnightly therapy sessions of 45 minutes.", coordinator.id(), ResponseOutcome.INCLUDED, null);
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.C, "Leo has no health needs related to his special educational needs. He sees his GP for check-ups as usual.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.D, "Leo has no social care needs related to his special educational needs.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.G, "No health provision is needed.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.H1, "No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.H2, "No other social care provision is needed.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.I, "Oakfield Primary School, a mainstream primary school.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.J, "Leo's family did not ask for a personal budget.");
        plans.write(coordinator.id(), leo, leoPlan, 1, SectionCode.K, "Advice from Leo's parents, his school, the educational psychologist and the NHS speech and language therapist.");
        LocalDate leoIssued = leoIssuedOn(today);
        plans.propose(coordinator.id(), leo, leoPlan, 1, workingDay(leoIssued.minusWeeks(4)));
        plans.issue(coordinator.id(), leo, leoPlan, 1, leoIssued);

        UUID ellaPlan = plans.start(coordinator.id(), ella, PlanKind.EHC);
        plans.write(coordinator.id(), ella, ellaPlan, 1, SectionCode.A, "Ella likes music, splashing in puddles and her dog, Pip.");
        plans.contribution(ep.id(), ella, ellaPlan, 1, SectionCode.B, ContributionKind.PROFESSIONAL_ADVICE, "Ella's language is about 18 months behind. She understands much more than she can say.", null, null, null);
        plans.contribution(senco.id(), ella, ellaPlan, 1, SectionCode.F, ContributionKind.OBSERVATION, "Ella settles best with a familiar adult at the start of the day.", null, null, null);
        plans.propose(coordinator.id(), ella, ellaPlan, 1, today);

        UUID amiraPlan = plans.start(senco.id(), amira, PlanKind.SEN_SUPPORT);
        plans.write(senco.id(), amira, amiraPlan, 1, SectionCode.ABOUT_ME, "Amira is kind and funny. She likes drawing and her cat, Biscuit.");
        UUID reading = plans.need(senco.id(), amira, amiraPlan, 1, SectionCode.NEEDS, "Reads about two years below what is expected for her age");
        UUID reads = plans.outcome(senco.id(), amira, amiraPlan, 1, SectionCode.OUTCOMES, "Amira will read a Year 2 book aloud with few mistakes", "March 2027", List.of(reading));
        plans.provision(senco.id(), amira, amiraPlan, 1, SectionCode.SUPPORT, "Phonics catch-up group", "Teaching assistant trained in the school's phonics programme", "4 times a week", "20 minutes", "Group of 4", List.of(reads));
        plans.contribution(sarah.id(), amira, amiraPlan, 1, SectionCode.NEEDS, ContributionKind.PARENT_CARER_VIEW, "Amira gets upset when she has to read in front of the class.", null, null, null);
    }

    /** Zofia's EHC plan, every section written, sent for comment four weeks before it was issued. */
    private void zofiasPlan(Person coordinator, Person zofia, CaseId zofiaCase, LocalDate issued) {
        UUID plan = plans.start(coordinator.id(), zofiaCase, PlanKind.EHC);
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.A, "Zofia wants to go to college to study animal care. She likes seeing her friends at weekends and looking after her rabbits.");
        UUID reading = plans.need(coordinator.id(), zofiaCase, plan, 1, SectionCode.B, "Reads and writes more slowly than others of her age (dyslexia)");
        UUID tired = plans.need(coordinator.id(), zofiaCase, plan, 1, SectionCode.B, "Gets very tired in the afternoon since her time in hospital");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.C, "Zofia is recovering from a long stay in hospital and tires easily.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.D, "Zofia has no social care needs related to her special educational needs.");
        UUID notes = plans.outcome(coordinator.id(), zofiaCase, plan, 1, SectionCode.E, "Zofia will take her own notes in lessons using speech-to-text", "July 2027", List.of(reading));
        UUID rests = plans.outcome(coordinator.id(), zofiaCase, plan, 1, SectionCode.E, "Zofia will attend full days at college with planned rest breaks", "September 2027", List.of(tired));
        plans.provision(coordinator.id(), zofiaCase, plan, 1, SectionCode.F, "Speech-to-text software and training in using it", "Learning support team", "Once a week for a term", "30 minutes", "1 to 1", List.of(notes),
                new ProvisionAmount(1, ProvisionAmount.Per.WEEK, 30, 1, null, null));
        plans.provision(coordinator.id(), zofiaCase, plan, 1, SectionCode.F, "A quiet room for a rest break each afternoon", "Riverside Academy pastoral team", "When needed in the afternoon", "15 minutes", "1 to 1", List.of(rests));
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.G, "Check-ups with the hospital's recovery team every three months.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.H1, "No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.H2, "No other social care provision is needed.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.I, "Riverside Academy, a mainstream secondary school.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.J, "Zofia did not ask for a personal budget.");
        plans.write(coordinator.id(), zofiaCase, plan, 1, SectionCode.K, "Advice from Zofia, her mother, Riverside Academy and the hospital's recovery team.");
        plans.contribution(zofia.id(), zofiaCase, plan, 1, SectionCode.A, ContributionKind.OWN_WORDS, "Please say I want to work with animals, not just study them.", coordinator.id(), ResponseOutcome.INCLUDED, null);
        plans.propose(coordinator.id(), zofiaCase, plan, 1, workingDay(issued.minusWeeks(4)));
        plans.issue(coordinator.id(), zofiaCase, plan, 1, issued);
    }

    private Person staff(String user, String name, Organisation organisation, StaffRole role) {
        Person person = account(user, name);
        people.addStaffRole(person.id(), organisation.id(), role);
        return person;
    }

    private Person account(String user, String name) {
        return people.createAccount(user + DOMAIN, name, PASSWORD);
    }

    /**
     * Sarah asks for an EHC needs assessment for Amira online, so it waits in the coordinator's
     * "Requests for assessment"; Demo County SENDIASS is the authority's SENDIASS on Coplan, and
     * Daniel has asked it for support, so Grace Mensah sees the referral in "Referrals".
     */
    private void familyRequests(Organisation la, Organisation sendiass, Person sarah, CaseId amira, Person daniel, CaseId leo) {
        requests.registerService(sendiass.id(), la.id(), SupportChoice.SENDIASS);
        requests.sendRequest(sarah.id(), amira, "Oakfield Primary School, Year 3",
                "A reading group three times a week since September, and a visual timetable.",
                "Amira is still finding reading and writing very hard, and she gets upset before school most days. "
                        + "I think she needs more help than the school can give on its own.");
        requests.askForSupport(daniel.id(), leo, SupportChoice.SENDIASS, "07700 900123, after 3pm on weekdays",
                "Understanding what the annual review will change.");
    }

    private org.coplan.cases.CaseSelections caseSelections;
    private org.coplan.measures.ConfidenceSetup confidenceSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void cohortSetup(org.coplan.cases.CaseSelections caseSelections, org.coplan.measures.ConfidenceSetup confidenceSetup) {
        this.caseSelections = caseSelections;
        this.confidenceSetup = confidenceSetup;
    }

    /** One child of the demo cohort: names, age in years, primary need. */
    private record CohortChild(String given, String family, String parent, int age, org.coplan.cases.NeedType need) {}

    /**
     * A cohort of 48 more children at SEN support, 24 at each school (plainly made-up family names,
     * none shared with the families above), so the co-production dashboards have enough families to show
     * figures: figures from fewer than five families are hidden. Oakfield is a primary school and
     * Riverside a secondary. Each child has a parent (an account without a password: they do not sign
     * in), a primary need, their chosen level of involvement, an SEN support plan with one to three
     * contributions from the parent, most of them answered, and the confidence survey offered once a
     * term for the last three terms: 20 to 24 families answer at each school each term, the rest skip
     * it or let it run out. Oakfield's answers get better term by term; Riverside starts lower and
     * improves in the last term, with "who to contact" the weakest statement at both. The same seed
     * gives the same cohort every time.
     */
    private void demoCohort(Organisation oakfield, Organisation riverside, Person sencoOak, Person sencoRiver, LocalDate today) {
        java.util.Random random = new java.util.Random(16);
        org.coplan.cases.NeedType spld = org.coplan.cases.NeedType.SPLD, mld = org.coplan.cases.NeedType.MLD,
                semh = org.coplan.cases.NeedType.SEMH, slcn = org.coplan.cases.NeedType.SLCN, asd = org.coplan.cases.NeedType.ASD,
                hi = org.coplan.cases.NeedType.HI, pd = org.coplan.cases.NeedType.PD;
        List<CohortChild> oak = List.of(
                new CohortChild("Ada", "Ashgrove", "Jess Ashgrove", 6, slcn), new CohortChild("Bilal", "Birchley", "Omar Birchley", 9, spld),
                new CohortChild("Cara", "Cloudsley", "Nina Cloudsley", 7, asd), new CohortChild("Dev", "Dovecote", "Ravi Dovecote", 8, semh),
                new CohortChild("Esme", "Elmbridge", "Kate Elmbridge", 5, slcn), new CohortChild("Finn", "Fernhill", "Lou Fernhill", 10, mld),
                new CohortChild("Gita", "Glenmoor", "Asha Glenmoor", 9, asd), new CohortChild("Hugo", "Hazelby", "Ben Hazelby", 6, pd),
                new CohortChild("Iris", "Ivydene", "Mel Ivydene", 8, spld), new CohortChild("Jonah", "Juniperwell", "Sam Juniperwell", 7, semh),
                new CohortChild("Kemi", "Kestrelford", "Tola Kestrelford", 10, slcn), new CohortChild("Luca", "Larchmont", "Gina Larchmont", 5, asd),
                new CohortChild("Abi", "Alderbrook", "Lyn Alderbrook", 7, slcn), new CohortChild("Ben", "Bramblecot", "Ann Bramblecot", 9, asd),
                new CohortChild("Cleo", "Copperfold", "Mia Copperfold", 6, spld), new CohortChild("Dan", "Driftwell", "Tom Driftwell", 8, semh),
                new CohortChild("Eve", "Emberley", "Liz Emberley", 10, mld), new CohortChild("Fox", "Fenwhistle", "Kim Fenwhistle", 5, slcn),
                new CohortChild("Gus", "Gorsemoor", "Pat Gorsemoor", 9, asd), new CohortChild("Hana", "Hollyridge", "Suki Hollyridge", 7, pd),
                new CohortChild("Ivo", "Inkberry", "Dora Inkberry", 8, spld), new CohortChild("Jada", "Jasperley", "Femi Jasperley", 6, semh),
                new CohortChild("Kai", "Kingsmere", "Ros Kingsmere", 10, slcn), new CohortChild("Lola", "Lavenbrook", "Ivy Lavenbrook", 5, asd));
        List<CohortChild> river = List.of(
                new CohortChild("Maya", "Meadowsweet", "Rosa Meadowsweet", 12, asd), new CohortChild("Nico", "Nettlefold", "Paul Nettlefold", 14, semh),
                new CohortChild("Orla", "Oakapple", "Fran Oakapple", 11, spld), new CohortChild("Pavel", "Pebbleton", "Irena Pebbleton", 15, mld),
                new CohortChild("Rhea", "Rosethorn", "Dee Rosethorn", 13, semh), new CohortChild("Sami", "Sorrelby", "Hana Sorrelby", 12, asd),
                new CohortChild("Tara", "Thistledown", "Neil Thistledown", 16, hi), new CohortChild("Umar", "Umberfield", "Zara Umberfield", 14, slcn),
                new CohortChild("Vera", "Valewood", "Anna Valewood", 11, semh), new CohortChild("Wes", "Willowmere", "Cal Willowmere", 15, asd),
                new CohortChild("Xan", "Yarrowby", "Jo Yarrowby", 13, spld), new CohortChild("Zeb", "Quillfeather", "Mo Quillfeather", 12, semh),
                new CohortChild("Moss", "Mossgrove", "Eli Mossgrove", 12, asd), new CohortChild("Nia", "Northwold", "Cam Northwold", 14, semh),
                new CohortChild("Otto", "Orchardine", "Bea Orchardine", 11, spld), new CohortChild("Pip", "Pennywort", "Hal Pennywort", 15, mld),
                new CohortChild("Quin", "Quarrywood", "Val Quarrywood", 13, semh), new CohortChild("Rafi", "Rushbrook", "Noor Rushbrook", 12, asd),
                new CohortChild("Sia", "Saltmarsh", "Ola Saltmarsh", 16, hi), new CohortChild("Theo", "Tamberlin", "Gwen Tamberlin", 14, slcn),
                new CohortChild("Uma", "Underhay", "Raj Underhay", 11, semh), new CohortChild("Vic", "Vintnerby", "Sol Vintnerby", 15, asd),
                new CohortChild("Wren", "Wispington", "Dot Wispington", 13, spld), new CohortChild("Yara", "Yewbarrow", "Lee Yewbarrow", 12, semh));
        List<LocalDate> terms = cohortSurveyDays(today);
        // mixed enough that most terms have five or more families on each side of a figure, so it can be shown
        cohortAtSchool(oakfield, sencoOak, oak, terms, new double[] {3.1, 2.7, 2.3}, 0.3, random, today);
        cohortAtSchool(riverside, sencoRiver, river, terms, new double[] {3.5, 3.3, 2.7}, 0.5, random, today);
    }

    private static final String[] COHORT_VIEWS = {
            "At home my child copes better when we show a picture of what comes next.",
            "Reading homework ends in tears most nights. Could it be shorter?",
            "My child is tired after lunch and finds the afternoon hard.",
            "Loud rooms are the hardest part of the day for my child.",
            "My child likes to help. Small jobs in class would build confidence.",
            "We practise spellings with a game at home and it works well.",
            "Please warn us before a new teacher or a supply day.",
            "Friendships are the thing my child worries about most."};
    /** The survey's statements and answers, as its form sends them (1 strongly agree to 5 strongly disagree). */
    private static final String[] COHORT_STATEMENTS = {"informed", "contact", "honest", "listened", "clear"};
    private static final String[] COHORT_SCALE = {"STRONGLY_AGREE", "AGREE", "NEITHER", "DISAGREE", "STRONGLY_DISAGREE"};
    private static final String[] COHORT_WORDS = {
            "A phone call after each review, not only a letter.",
            "Knowing who to ask when the SENCO is away.",
            "More time in meetings to say what we see at home.",
            "Being told before the support changes, not after.",
            "A short update each half term on how the plan is going.",
            "Plain words in the plan, without the short forms.",
            "Meetings after work, so both of us can come.",
            "Hearing back about what we said at the last meeting."};

    private void cohortAtSchool(Organisation school, Person senco, List<CohortChild> children, List<LocalDate> terms, double[] meanByTerm,
            double contactHarder, java.util.Random random, LocalDate today) {
        Involvement[] levels = Involvement.values();
        SectionCode[] sections = {SectionCode.NEEDS, SectionCode.SUPPORT, SectionCode.OUTCOMES};
        List<org.coplan.people.PersonId> parents = new java.util.ArrayList<>();
        List<CaseId> caseIds = new java.util.ArrayList<>();
        for (CohortChild child : children) {
            LocalDate born = today.minusYears(child.age()).minusDays(20 + random.nextInt(300));
            CaseId caseId = setup.openCase(senco.id(), CaseRole.SENCO, child.given(), child.family(), null, born, school.id(),
                    school.localAuthorityId(), Stage.SEN_SUPPORT);
            caseSelections.setPrimaryNeed(caseId, child.need());
            String user = "family." + child.family().toLowerCase(java.util.Locale.ROOT);
            Person parent = people.findOrCreate(user + DOMAIN, child.parent());
            CaseMember member = setup.addMember(caseId, parent.id(), CaseRole.PARENT_CARER);
            // most families choose to be asked or involved; a few only want to be kept informed, a few co-produce
            Involvement level = levels[Math.min(levels.length - 1, (int) Math.abs(random.nextGaussian() * 1.1 + 1.4))];
            setup.participation(new ParticipationChoices(member.id(), level, EnumSet.of(ContactChannel.EMAIL), "English", false, null,
                    Set.of(), null, 0, null));
            UUID plan = plans.start(senco.id(), caseId, PlanKind.SEN_SUPPORT);
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                int r = random.nextInt(100);
                ResponseOutcome outcome = r < 45 ? ResponseOutcome.INCLUDED : r < 70 ? ResponseOutcome.INCLUDED_WITH_CHANGES
                        : r < 85 ? ResponseOutcome.NOT_INCLUDED : null;
                String why = outcome == ResponseOutcome.INCLUDED_WITH_CHANGES ? "Added in shorter words. Please check it still says what you meant."
                        : outcome == ResponseOutcome.NOT_INCLUDED ? "This is about home, so we will talk it through at the next review instead." : null;
                plans.contribution(parent.id(), caseId, plan, 1, sections[random.nextInt(sections.length)], ContributionKind.PARENT_CARER_VIEW,
                        COHORT_VIEWS[random.nextInt(COHORT_VIEWS.length)], outcome == null ? null : senco.id(), outcome, why);
            }
            parents.add(parent.id());
            caseIds.add(caseId);
        }
        double[] familyOffset = new double[children.size()];
        for (int f = 0; f < familyOffset.length; f++) {
            familyOffset[f] = random.nextGaussian() * 0.5;
        }
        java.time.ZoneId zone = clock.getZone();
        for (int t = 0; t < terms.size(); t++) {
            int missing = random.nextInt(5); // 20 to 24 of the 24 families answer each term
            java.util.Set<Integer> notAnswering = new java.util.HashSet<>();
            while (notAnswering.size() < missing) {
                notAnswering.add(random.nextInt(children.size()));
            }
            for (int f = 0; f < children.size(); f++) {
                LocalDate offered = terms.get(t).plusDays(random.nextInt(9));
                Instant offeredAt = offered.atTime(9, 0).atZone(zone).toInstant();
                Instant answeredAt = offered.plusDays(random.nextInt(9)).atTime(17 + random.nextInt(4), random.nextInt(60)).atZone(zone).toInstant();
                String key = org.coplan.measures.ConfidenceSurveys.termKey(offered);
                if (notAnswering.contains(f)) {
                    surveyed(confidenceSetup.answered(caseIds.get(f), parents.get(f), org.coplan.measures.ConfidenceMoment.TERM_AT_SEN_SUPPORT,
                            key, offeredAt, random.nextBoolean() ? answeredAt : null, null, null, false), key);
                    continue;
                }
                java.util.Map<String, String> answers = new java.util.HashMap<>();
                for (String statement : COHORT_STATEMENTS) {
                    double shift = switch (statement) {
                        case "contact" -> contactHarder;
                        case "honest" -> -0.2;
                        case "clear" -> 0.2;
                        default -> 0;
                    };
                    long v = Math.round(meanByTerm[t] + shift + familyOffset[f] + random.nextGaussian() * 0.6);
                    answers.put(statement, random.nextInt(25) == 0 ? "DONT_KNOW" : COHORT_SCALE[(int) Math.max(1, Math.min(5, v)) - 1]);
                }
                String words = random.nextInt(4) == 0 ? COHORT_WORDS[random.nextInt(COHORT_WORDS.length)] : null;
                surveyed(confidenceSetup.answered(caseIds.get(f), parents.get(f), org.coplan.measures.ConfidenceMoment.TERM_AT_SEN_SUPPORT,
                        key, offeredAt, answeredAt, answers, words, words != null && random.nextBoolean()), key);
            }
        }
    }

    private static void surveyed(boolean offered, String key) {
        if (!offered) {
            throw new IllegalStateException("Demo survey " + key + " refused: offered within the period");
        }
    }

    /**
     * The first day on which the cohort's once-a-term survey went out in each of the last three terms
     * that are over or far enough on (offers and answers take up to 18 days), oldest first: early
     * February, mid-May and early October, so no family is asked twice within the 90-day period.
     */
    static List<LocalDate> cohortSurveyDays(LocalDate today) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (int year = today.getYear(); days.size() < 3; year--) {
            for (LocalDate d : List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 5, 12), LocalDate.of(year, 2, 1))) {
                if (days.size() < 3 && d.plusDays(18).isBefore(today)) {
                    days.add(d);
                }
            }
        }
        return days.reversed();
    }

    private org.coplan.strategic.LocalOfferSetup localOfferSetup;

    @org.springframework.beans.factory.annotation.Autowired
    void localOfferSetup(org.coplan.strategic.LocalOfferSetup localOfferSetup) {
        this.localOfferSetup = localOfferSetup;
    }

    /**
     * The local offer of Demo County: the sample Open Referral UK file imported, four verified forum
     * members of its own (offer-demo.1 to .4), three good reviews that give "Short breaks for
     * disabled children" the "Parent approved" badge (answered by Tom Okafor), and one review of
     * speech and language therapy waiting for his answer.
     */
    private void localOffer() {
        Organisation forum = people.organisations(OrganisationKind.FORUM).stream()
                .filter(o -> o.name().equals("Demo County Parent Carer Forum")).findFirst().orElseThrow();
        java.util.UUID laId = forum.localAuthorityId().value();
        java.util.UUID forumId = forum.id().value();
        localOfferSetup.importSample(laId);
        String[] names = {"Nadia Hussain", "Gareth Price", "Leah O'Connor", "Ben Adeyemi"};
        List<Person> members = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Person p = account("offer-demo." + (i + 1), names[i]);
            people.addStaffRole(p.id(), forum.id(), StaffRole.FORUM_MEMBER);
            localOfferSetup.verifiedMember(forumId, p);
            members.add(p);
        }
        String shortBreaks = "Short breaks for disabled children";
        String[] good = {"YES", "YES", "YES", "PARTLY"};
        localOfferSetup.review(laId, forumId, members.get(0), shortBreaks, 70, good, null,
                "Clear about who can book without an assessment.", "Thank you for checking the page.", "Tom Okafor");
        localOfferSetup.review(laId, forumId, members.get(1), shortBreaks, 45, new String[] {"YES", "YES", "YES", "YES"}, null, null,
                "Thank you.", "Tom Okafor");
        localOfferSetup.review(laId, forumId, members.get(2), shortBreaks, 20, good, null,
                "The costs are easy to find.", "Thank you, we will keep the costs up to date each term.", "Tom Okafor");
        localOfferSetup.review(laId, forumId, members.get(3), "Speech and language therapy for children", 3,
                new String[] {"YES", "NO", "PARTLY", "YES"}, "The page does not say how long the wait for a first appointment is.",
                null, null, null);
    }
}
