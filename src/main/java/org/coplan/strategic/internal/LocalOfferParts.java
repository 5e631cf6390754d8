package org.coplan.strategic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local offer's place on the forum's home page (pages to review for members; reviews waiting
 * for an answer and the import for the SEN manager), on the area's public page, and on the ladder.
 */
@Configuration(proxyBeanMethods = false)
class LocalOfferParts {

    /** How many pages to suggest to a member at a time. */
    static final int SUGGESTED = 3;

    @Bean
    ForumPanels localOfferPanel(LocalOfferReviews reviews) {
        return (SignedInPerson who, ForumSeat seat) -> {
            UUID la = seat.localAuthorityId();
            String directory = "/area/" + la + "/local-offer";
            List<ForumPanels.Line> lines = new ArrayList<>();
            if (seat.mayKeepLocalOffer()) {
                lines.add(new ForumPanels.Line("localoffer.panel.waiting", List.of(reviews.waitingCount(la)), "/forum/local-offer/reviews"));
                lines.add(new ForumPanels.Line("localoffer.panel.import", List.of(), "/forum/local-offer/import"));
            }
            if (seat.mayAnswer()) {
                for (LocalOfferReviews.Review r : reviews.toReview(who.id(), la, SUGGESTED)) {
                    lines.add(new ForumPanels.Line("localoffer.panel.reviewService", List.of(r.serviceName()),
                            "/forum/local-offer/" + r.serviceId() + "/review"));
                }
                lines.add(new ForumPanels.Line("localoffer.panel.directory", List.of(), directory));
            }
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ForumPanels.Panel(40, "localoffer.panel.heading", lines, "localoffer.panel.empty"));
        };
    }

    @Bean
    PublicSections localOfferSection() {
        return la -> new PublicSections.Section(40, "localoffer.section.title", "localoffer.section.description", "/area/" + la + "/local-offer");
    }

    @Bean
    LadderActivities localOfferActivities(LocalOfferReviews reviews) {
        return la -> reviews.all(la).stream()
                .map(r -> new LadderActivities.LadderActivity("localoffer.activity.kind", r.serviceName(), r.rung(), r.on(),
                        "/area/" + la + "/local-offer/" + r.serviceId()))
                .toList();
    }
}
