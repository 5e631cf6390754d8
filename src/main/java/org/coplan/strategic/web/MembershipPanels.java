package org.coplan.strategic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.internal.ForumJoining;
import org.coplan.strategic.internal.ForumJoining.Entry;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.ForumPanels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The forum home page's panels about membership: the member's own, and the officers' list of members. */
class MembershipPanels {

    private MembershipPanels() {}

    /** "Your membership": the topics and channel chosen, and where to change them. */
    @Component
    static class Yours implements ForumPanels {

        private final ForumJoining joining;
        private final MessageSource messages;

        Yours(ForumJoining joining, MessageSource messages) {
            this.joining = joining;
            this.messages = messages;
        }

        @Override
        public Optional<Panel> panel(SignedInPerson who, ForumSeat seat) {
            if (!seat.member()) {
                return Optional.empty();
            }
            Optional<Entry> own = joining.membershipsOf(who.id()).stream().filter(e -> e.forumId().equals(seat.forumId())).findFirst();
            if (own.isEmpty()) {
                return Optional.empty();
            }
            Entry e = own.get();
            List<Line> lines = new ArrayList<>();
            String topics = e.topics().isEmpty() ? messages.getMessage("forummember.panel.allTopics", null, Locale.UK)
                    : e.topics().stream().map(t -> messages.getMessage("topic." + t.name(), null, Locale.UK)).collect(Collectors.joining(", "));
            lines.add(new Line("forummember.panel.topics", List.of(topics), null));
            lines.add(new Line(e.byText() ? "forummember.panel.byText" : "forummember.panel.byEmail", List.of(e.byText() ? e.mobile() : e.email()), null));
            lines.add(new Line("forummember.panel.change", List.of(), "/forum/membership?member=" + e.id()));
            return Optional.of(new Panel(90, "forummember.panel.heading", lines, "forummember.panel.heading"));
        }
    }

    /** "Members": how many, and the way to the list, for the forum's officers. */
    @Component
    static class Officers implements ForumPanels {

        private final ForumMembers members;

        Officers(ForumMembers members) {
            this.members = members;
        }

        @Override
        public Optional<Panel> panel(SignedInPerson who, ForumSeat seat) {
            if (!seat.mayManageMembers()) {
                return Optional.empty();
            }
            int count = members.members(seat.forumId(), Optional.empty()).size();
            return Optional.of(new Panel(91, "forummember.panel.membersHeading",
                    List.of(new Line("forummember.panel.members", List.of(count), "/forum/" + seat.forumId() + "/members")),
                    "forummember.panel.membersHeading"));
        }
    }
}
