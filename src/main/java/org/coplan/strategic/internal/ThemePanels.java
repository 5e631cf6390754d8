package org.coplan.strategic.internal;

import java.util.List;
import java.util.Optional;
import org.coplan.people.SignedInPerson;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.ThemeRules;
import org.coplan.strategic.internal.PublicSections.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bench model's panel for officers on the forum's home page, and its link on the area's public page. */
@Configuration(proxyBeanMethods = false)
class ThemePanels {

    @Bean
    ForumPanels themesPanel(Themes themes) {
        return (SignedInPerson who, ForumSeat seat) -> {
            if (!seat.mayRunBoard()) {
                return Optional.empty();
            }
            List<ForumPanels.Line> lines = themes.area(seat.localAuthorityId()).stream()
                    .filter(w -> w.item().isEmpty() && ThemeRules.closeToBoard(w.weight(), themes.raiseAt()))
                    .map(w -> new ForumPanels.Line("theme.panel.close", List.of(w.theme().title(), w.weight(), themes.raiseAt()), null))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            lines.add(new ForumPanels.Line("theme.panel.all", List.of(), "/forum/themes"));
            return Optional.of(new ForumPanels.Panel(40, "theme.panel.heading", lines, "theme.panel.none"));
        };
    }

    @Bean
    PublicSections themesSection() {
        return la -> new Section(50, "theme.public.sectionTitle", "theme.public.sectionDescription", "/area/" + la + "/you-said-we-did");
    }
}
