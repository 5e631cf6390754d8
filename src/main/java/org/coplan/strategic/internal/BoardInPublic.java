package org.coplan.strategic.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The board on the area's public page: the programme of work (order 20) and the board's decisions
 * (order 30); and each item of the programme on the ladder of participation, with its rung.
 */
@Configuration(proxyBeanMethods = false)
class BoardInPublic {

    @Bean
    PublicSections programmeSection() {
        return la -> new PublicSections.Section(20, "board.public.programmeTitle", "board.public.programmeDescription",
                "/area/" + la + "/programme");
    }

    @Bean
    PublicSections boardDecisionsSection() {
        return la -> new PublicSections.Section(30, "board.public.boardTitle", "board.public.boardDescription", "/area/" + la + "/board");
    }

    @Bean
    LadderActivities programmeOnTheLadder(BoardItems items) {
        return la -> programme(items, la);
    }

    private static List<LadderActivities.LadderActivity> programme(BoardItems items, UUID la) {
        return items.items(la).stream()
                .map(i -> new LadderActivities.LadderActivity("board.ladder.kind", i.item().title(), i.item().rung(),
                        i.item().createdAt().atZone(ZoneId.of("Europe/London")).toLocalDate(),
                        "/area/" + la + "/programme#item-" + i.id()))
                .toList();
    }
}
