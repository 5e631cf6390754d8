package org.coplan.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.cases.MyVoice;
import org.coplan.cases.MyVoiceQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child's "my views": each start, its answers saved screen by screen, and when it was sent. */
@Repository
public class MyVoices {

    private final JdbcClient jdbc;

    MyVoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unfinished "my views" this person started on the case, if any. */
    public Optional<MyVoice> open(CaseId caseId, UUID startedBy) {
        return jdbc.sql("select * from my_voice where case_id = ? and started_by = ? and sent_at is null")
                .params(caseId.value(), startedBy)
                .query(MyVoices::head)
                .optional()
                .map(this::withAnswers);
    }

    /** Every sent "my views" on the case, newest first. */
    public List<MyVoice> sent(CaseId caseId) {
        List<MyVoice> heads = jdbc.sql("select * from my_voice where case_id = ? and sent_at is not null order by sent_at desc, seq desc")
                .param(caseId.value())
                .query(MyVoices::head)
                .list();
        List<MyVoice> out = new ArrayList<>();
        heads.forEach(h -> out.add(withAnswers(h)));
        return out;
    }

    /** Starts one, or changes who is helping on the open one. */
    public void startOrUpdate(MyVoice v) {
        int updated = jdbc.sql("""
                        update my_voice set on_own = ?, helper_id = ?, helper_name = ?, helper_role = ?
                        where case_id = ? and started_by = ? and sent_at is null""")
                .params(v.onOwn(), v.helperId(), v.helperName(), v.helperRole(), v.caseId().value(), v.startedBy())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into my_voice (id, case_id, started_by, speaker_name, on_own, helper_id, helper_name, helper_role,
                                started_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(v.id(), v.caseId().value(), v.startedBy(), v.speakerName(), v.onOwn(), v.helperId(), v.helperName(),
                            v.helperRole(), Timestamp.from(v.startedAt()))
                    .update();
        }
    }

    /**
     * Saves one answer if it is based on the version the person saw (0 for none yet).
     *
     * @return false when the answer was saved elsewhere (another tab) since the screen was shown
     */
    public boolean saveAnswer(UUID myVoiceId, MyVoice.Answer a, int basedOn, Instant at) {
        if (basedOn == 0) {
            return jdbc.sql("""
                            insert into my_voice_answer (my_voice_id, question, choices, words, feeling, version, saved_at)
                            values (?, ?, ?, ?, ?, 1, ?) on conflict do nothing""")
                    .params(myVoiceId, a.question().name(), a.choices().toArray(String[]::new), a.words(), a.feeling(),
                            Timestamp.from(at))
                    .update() == 1;
        }
        return jdbc.sql("""
                        update my_voice_answer set choices = ?, words = ?, feeling = ?, version = version + 1, saved_at = ?
                        where my_voice_id = ? and question = ? and version = ?""")
                .params(a.choices().toArray(String[]::new), a.words(), a.feeling(), Timestamp.from(at), myVoiceId,
                        a.question().name(), basedOn)
                .update() == 1;
    }

    /** Marks it sent; false if it was sent already. */
    public boolean send(UUID myVoiceId, Instant at) {
        return jdbc.sql("update my_voice set sent_at = ? where id = ? and sent_at is null")
                .params(Timestamp.from(at), myVoiceId)
                .update() == 1;
    }

    private MyVoice withAnswers(MyVoice head) {
        Map<MyVoiceQuestion, MyVoice.Answer> answers = new EnumMap<>(MyVoiceQuestion.class);
        jdbc.sql("select * from my_voice_answer where my_voice_id = ?")
                .param(head.id())
                .query((rs, n) -> new MyVoice.Answer(MyVoiceQuestion.valueOf(rs.getString("question")), strings(rs.getArray("choices")),
                        rs.getString("words"), (Integer) rs.getObject("feeling"), rs.getInt("version")))
                .list()
                .forEach(a -> answers.put(a.question(), a));
        return new MyVoice(head.id(), head.caseId(), head.startedBy(), head.speakerName(), head.onOwn(), head.helperId(),
                head.helperName(), head.helperRole(), head.startedAt(), head.sentAt(), answers);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static MyVoice head(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MyVoice(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getObject("started_by", UUID.class), rs.getString("speaker_name"), rs.getBoolean("on_own"),
                rs.getObject("helper_id", UUID.class), rs.getString("helper_name"), rs.getString("helper_role"),
                rs.getTimestamp("started_at").toInstant(), sent == null ? null : sent.toInstant(), Map.of());
    }
}
