package org.coplan.strategic.internal;

import java.util.List;
import java.util.Optional;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;

/**
 * One part's panel on the forum's home page ({@code /forum}): open polls to answer, the board's
 * programme, local-offer pages to review, membership for officers. The home page shows every bean's
 * panel for the seat, in {@link Panel#order()}, so no part edits another's template.
 */
public interface ForumPanels {

    /**
     * @param textKey message key of the line; {@code args} fill it
     * @param href where the line links to, or null for plain text
     */
    record Line(String textKey, List<Object> args, String href) {
        public Line {
            args = List.copyOf(args);
        }
    }

    /** A heading and its lines; an empty list of lines shows {@code emptyKey}. */
    record Panel(int order, String headingKey, List<Line> lines, String emptyKey) {
        public Panel {
            lines = List.copyOf(lines);
        }
    }

    /** This part's panel for the person in this seat, or empty when it has nothing for them. */
    Optional<Panel> panel(SignedInPerson who, ForumSeat seat);
}
