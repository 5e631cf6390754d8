package org.coplan.strategic.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.strategic.domain.PageRating;
import org.coplan.strategic.domain.PageReview;
import org.coplan.strategic.domain.ParentApproved;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The area's local offer: its SEND services in Open Referral UK shaped tables, imported from an
 * ORUK file (every record checked against the schema first, and nothing saved unless all pass),
 * searched for the public directory, and written back out in the ORUK API's shape. Each service's
 * "Parent approved" badge is worked out here from its reviews, by {@link ParentApproved}.
 */
@Service
@Transactional(readOnly = true)
public class LocalOfferDirectory {

    /** The categories a service can be filed under, as taxonomy term codes, in the order the filter shows them. */
    public static final List<String> CATEGORIES = List.of(
            "therapies", "short-breaks", "advice", "education", "support-groups", "early-years", "transport", "activities");

    /** The vocabulary the categories' taxonomy terms belong to. */
    public static final String VOCABULARY = "coplan-send-local-offer";

    /** The largest ORUK file accepted: some thousands of services. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

    /** One service as the pages show it. */
    public record Service(UUID id, UUID laId, String name, String description, String url, String email, String phone,
            String status, String fees, String eligibility, BigDecimal minimumAge, BigDecimal maximumAge, String category,
            String categoryName, String organisationName, String address, String postcode, Optional<ParentApproved> badge) {

        public boolean active() {
            return "active".equals(status);
        }
    }

    /** One record of an imported file that failed, with each of the schema's problems. */
    public record FailedRecord(int number, String id, String name, List<String> problems) {}

    /** What became of an import. */
    public sealed interface Imported {}

    /** Every record passed and was saved: this many new and this many updated. */
    public record Saved(int added, int updated) implements Imported {}

    /** Some records failed: nothing was saved. */
    public record Refused(List<FailedRecord> failed) implements Imported {}

    /** The file is not JSON, or not a list of services at all: nothing was saved. */
    public record NotOruk(String detail) implements Imported {}

    private final JdbcClient jdbc;
    private final OrukSchema schema;
    private final Clock clock;
    private final int approvalReviews;

    public LocalOfferDirectory(JdbcClient jdbc, OrukSchema schema, Clock clock,
            @Value("${coplan.strategic.local-offer.approval-reviews:3}") int approvalReviews) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.clock = clock;
        this.approvalReviews = approvalReviews;
    }

    public int approvalReviews() {
        return approvalReviews;
    }

    // ---- import

    /**
     * Imports an ORUK file into the directory of this local authority: a JSON array of services, or a
     * page of the services endpoint (its {@code contents}). All records are checked first; one that
     * fails stops the whole file, so the directory is never left half imported. Ids already in the
     * directory are updated in place, keeping their reviews (and so their badges).
     */
    @Transactional
    public Imported importFile(UUID laId, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            return new NotOruk("not JSON");
        }
        JsonNode records = root == null ? null : root.isArray() ? root : root.isObject() && root.path("contents").isArray() ? root.get("contents") : null;
        if (records == null) {
            return new NotOruk("no services");
        }
        List<FailedRecord> failed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<UUID, UUID> owners = owners();
        int n = 0;
        for (JsonNode record : records) {
            n++;
            List<String> problems = new ArrayList<>(schema.problemsWithService(record));
            String id = text(record, "id");
            if (id != null && !seen.add(id)) {
                problems.add("the id " + id + " is used by an earlier record in the same file");
            }
            UUID uuid = uuid(id);
            if (uuid != null && owners.containsKey(uuid) && !owners.get(uuid).equals(laId)) {
                problems.add("the id " + id + " belongs to another area's local offer");
            }
            if (!problems.isEmpty()) {
                failed.add(new FailedRecord(n, id, text(record, "name"), problems));
            }
        }
        if (n == 0) {
            return new NotOruk("no services");
        }
        if (!failed.isEmpty()) {
            return new Refused(failed);
        }
        int added = 0;
        for (JsonNode record : records) {
            if (save(laId, record)) {
                added++;
            }
        }
        return new Saved(added, n - added);
    }

    private Map<UUID, UUID> owners() {
        Map<UUID, UUID> owners = new HashMap<>();
        jdbc.sql("select id, la_id from oruk_service").query(rs -> {
            owners.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return owners;
    }

    /** Saves one checked record; true when it is new. */
    private boolean save(UUID laId, JsonNode r) {
        UUID id = UUID.fromString(r.get("id").asString());
        JsonNode org = r.path("organization");
        UUID orgId = org.isObject() ? UUID.fromString(org.get("id").asString()) : uuid(text(r, "organization_id"));
        if (org.isObject()) {
            jdbc.sql("""
                    insert into oruk_organization (id, la_id, name, description, email, website) values (?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set name = excluded.name, description = excluded.description,
                        email = excluded.email, website = excluded.website""")
                    .params(orgId, laId, text(org, "name"), text(org, "description"), text(org, "email"), text(org, "website"))
                    .update();
        } else if (orgId != null && jdbc.sql("select count(*) from oruk_organization where id = ?").param(orgId).query(Long.class).single() == 0) {
            orgId = null;
        }
        JsonNode phone = r.path("phones").path(0);
        JsonNode term = r.path("attributes").path(0).path("taxonomy_term");
        String category = text(term, "code");
        boolean isNew = jdbc.sql("select count(*) from oruk_service where id = ?").param(id).query(Long.class).single() == 0;
        jdbc.sql("""
                insert into oruk_service (id, la_id, organization_id, name, description, url, email, status, fees, eligibility_description,
                    minimum_age, maximum_age, phone_id, phone, category_term_id, category, category_name, assured_date, last_modified, imported_at)
                values (:id, :la, :org, :name, :description, :url, :email, :status, :fees, :eligibility, :minAge, :maxAge, :phoneId, :phone,
                    :termId, :category, :categoryName, :assured, :modified, :now)
                on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
                    description = excluded.description, url = excluded.url, email = excluded.email, status = excluded.status,
                    fees = excluded.fees, eligibility_description = excluded.eligibility_description, minimum_age = excluded.minimum_age,
                    maximum_age = excluded.maximum_age, phone_id = excluded.phone_id, phone = excluded.phone,
                    category_term_id = excluded.category_term_id, category = excluded.category, category_name = excluded.category_name,
                    assured_date = excluded.assured_date, last_modified = excluded.last_modified, imported_at = excluded.imported_at,
                    version = oruk_service.version + 1""")
                .param("id", id)
                .param("la", laId)
                .param("org", orgId)
                .param("name", text(r, "name"))
                .param("description", Optional.ofNullable(text(r, "description")).orElse(""))
                .param("url", text(r, "url"))
                .param("email", text(r, "email"))
                .param("status", text(r, "status"))
                .param("fees", firstNonNull(text(r.path("cost_options").path(0), "option"), text(r, "fees")))
                .param("eligibility", text(r, "eligibility_description"))
                .param("minAge", r.path("minimum_age").isNumber() ? r.get("minimum_age").decimalValue() : null)
                .param("maxAge", r.path("maximum_age").isNumber() ? r.get("maximum_age").decimalValue() : null)
                .param("phoneId", uuid(text(phone, "id")))
                .param("phone", text(phone, "number"))
                .param("termId", uuid(text(term, "id")))
                .param("category", category == null ? null : category.toLowerCase(Locale.ROOT))
                .param("categoryName", text(term, "name"))
                .param("assured", text(r, "assured_date"))
                .param("modified", timestamp(text(r, "last_modified")))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("delete from oruk_service_at_location where service_id = ?").param(id).update();
        for (JsonNode sal : r.path("service_at_locations")) {
            JsonNode loc = sal.path("location");
            UUID locId = uuid(text(loc, "id"));
            UUID salId = uuid(text(sal, "id"));
            if (locId == null || salId == null) {
                continue;
            }
            JsonNode address = loc.path("addresses").path(0);
            jdbc.sql("""
                    insert into oruk_location (id, la_id, name, address_id, address_1, city, postal_code) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set name = excluded.name, address_id = excluded.address_id, address_1 = excluded.address_1,
                        city = excluded.city, postal_code = excluded.postal_code""")
                    .params(locId, laId, text(loc, "name"), uuid(text(address, "id")), text(address, "address_1"), text(address, "city"),
                            text(address, "postal_code"))
                    .update();
            jdbc.sql("insert into oruk_service_at_location (id, service_id, location_id) values (?, ?, ?) on conflict (id) do nothing")
                    .params(salId, id, locId)
                    .update();
        }
        return isNew;
    }

    // ---- reading

    /** How many services the public directory shows on one page. */
    public static final int PAGE_SIZE = 50;

    /** One page of the directory: the services on it and how many match in all. */
    public record Found(List<Service> services, int total, int page, int pages) {}

    /**
     * The area's services matching the words (in name or description) and the category, by name,
     * {@link #PAGE_SIZE} a page, each with its badge. A page past the last shows the last.
     */
    public Found search(UUID laId, String words, String category, int page) {
        String like = words == null || words.isBlank() ? null : "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        String cat = category != null && CATEGORIES.contains(category) ? category : null;
        String where = """
                 where s.la_id = :la
                   and (cast(:like as text) is null or lower(s.name) like :like or lower(s.description) like :like)
                   and (cast(:cat as text) is null or s.category = :cat)""";
        int total = jdbc.sql("select count(*) from oruk_service s\n" + where)
                .param("la", laId).param("like", like).param("cat", cat)
                .query(Integer.class).single();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Row> rows = jdbc.sql(SELECT + "\n" + where + "\n order by lower(s.name), s.id limit :size offset :offset")
                .param("la", laId)
                .param("like", like)
                .param("cat", cat)
                .param("size", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query(LocalOfferDirectory::row)
                .list();
        return new Found(withBadges(rows), total, current, pages);
    }

    /** One service of this area, or empty when there is none (or it is another area's). */
    public Optional<Service> service(UUID laId, UUID serviceId) {
        return jdbc.sql(SELECT + " where s.la_id = :la and s.id = :id")
                .param("la", laId)
                .param("id", serviceId)
                .query(LocalOfferDirectory::row)
                .optional()
                .map(r -> withBadges(List.of(r)).get(0));
    }

    /** The local authority a service belongs to. */
    public Optional<UUID> areaOf(UUID serviceId) {
        return jdbc.sql("select la_id from oruk_service where id = ?").param(serviceId).query(UUID.class).optional();
    }

    public int count(UUID laId) {
        return jdbc.sql("select count(*) from oruk_service where la_id = ?").param(laId).query(Integer.class).single();
    }

    private static final String SELECT = """
            select s.id, s.la_id, s.name, s.description, s.url, s.email, s.phone, s.status, s.fees, s.eligibility_description,
                   s.minimum_age, s.maximum_age, s.category, s.category_name, o.name as org_name,
                   (select l.address_1 || coalesce(', ' || l.city, '') from oruk_service_at_location sal join oruk_location l on l.id = sal.location_id
                     where sal.service_id = s.id order by sal.id limit 1) as address,
                   (select l.postal_code from oruk_service_at_location sal join oruk_location l on l.id = sal.location_id
                     where sal.service_id = s.id order by sal.id limit 1) as postcode
              from oruk_service s left join oruk_organization o on o.id = s.organization_id""";

    private record Row(UUID id, UUID laId, String name, String description, String url, String email, String phone, String status,
            String fees, String eligibility, BigDecimal minAge, BigDecimal maxAge, String category, String categoryName, String org,
            String address, String postcode) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("la_id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getString("url"), rs.getString("email"), rs.getString("phone"), rs.getString("status"), rs.getString("fees"),
                rs.getString("eligibility_description"), rs.getBigDecimal("minimum_age"), rs.getBigDecimal("maximum_age"),
                rs.getString("category"), rs.getString("category_name"), rs.getString("org_name"), rs.getString("address"),
                rs.getString("postcode"));
    }

    private List<Service> withBadges(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PageReview>> reviews = reviewsOf(rows.stream().map(Row::id).toList());
        LocalDate today = LocalDate.now(clock);
        return rows.stream()
                .map(r -> new Service(r.id(), r.laId(), r.name(), r.description(), r.url(), r.email(), r.phone(), r.status(), r.fees(),
                        r.eligibility(), r.minAge(), r.maxAge(), r.category(), r.categoryName(), r.org(), r.address(), r.postcode(),
                        ParentApproved.decide(reviews.getOrDefault(r.id(), List.of()), approvalReviews, today)))
                .toList();
    }

    /** The ratings of the services' reviews from the last two years: enough to decide any badge that could still show. */
    Map<UUID, List<PageReview>> reviewsOf(List<UUID> serviceIds) {
        Map<UUID, List<PageReview>> byService = new HashMap<>();
        Instant since = clock.instant().atZone(clock.getZone()).minusMonths(2L * ParentApproved.MONTHS).toInstant();
        jdbc.sql("""
                select service_id, reviewed_at, clear, accurate, accessible, useful from local_offer_review
                 where service_id = any(:ids) and reviewed_at >= :since""")
                .param("ids", serviceIds.toArray(UUID[]::new))
                .param("since", Timestamp.from(since))
                .query(rs -> {
                    byService.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new PageReview(
                            rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDate(), PageRating.valueOf(rs.getString(3)),
                            PageRating.valueOf(rs.getString(4)), PageRating.valueOf(rs.getString(5)), PageRating.valueOf(rs.getString(6))));
                });
        return byService;
    }

    // ---- export

    /** A page of the area's services in the ORUK API's shape (HSDS 3.0 list endpoint), pages counted from 1. */
    public ObjectNode page(UUID laId, String text, int page, int perPage) {
        int size = Math.max(1, Math.min(perPage, 200));
        int number = Math.max(1, page);
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        int total = jdbc.sql("""
                select count(*) from oruk_service s where s.la_id = :la
                   and (cast(:like as text) is null or lower(s.name) like :like or lower(s.description) like :like)""")
                .param("la", laId)
                .param("like", like)
                .query(Integer.class)
                .single();
        List<UUID> ids = jdbc.sql("""
                select s.id from oruk_service s where s.la_id = :la
                   and (cast(:like as text) is null or lower(s.name) like :like or lower(s.description) like :like)
                 order by lower(s.name), s.id limit :size offset :offset""")
                .param("la", laId)
                .param("like", like)
                .param("size", size)
                .param("offset", (long) (number - 1) * size)
                .query(UUID.class)
                .list();
        int pages = (total + size - 1) / size;
        ObjectNode out = JSON.createObjectNode();
        out.put("total_items", total);
        out.put("total_pages", pages);
        out.put("page_number", number);
        out.put("size", ids.size());
        out.put("first_page", number == 1);
        out.put("last_page", number >= pages);
        out.put("empty", ids.isEmpty());
        ArrayNode contents = out.putArray("contents");
        ids.forEach(id -> contents.add(orukService(id)));
        return out;
    }

    /** One service of the area in full, in the ORUK shape, or empty. */
    public Optional<ObjectNode> orukService(UUID laId, UUID serviceId) {
        return areaOf(serviceId).filter(laId::equals).map(x -> orukService(serviceId));
    }

    private ObjectNode orukService(UUID id) {
        ObjectNode s = JSON.createObjectNode();
        jdbc.sql("""
                select s.*, o.id as o_id, o.name as o_name, o.description as o_description, o.email as o_email, o.website as o_website
                  from oruk_service s left join oruk_organization o on o.id = s.organization_id where s.id = ?""")
                .param(id)
                .query(rs -> {
                    s.put("id", id.toString());
                    putIf(s, "organization_id", str(rs.getObject("organization_id")));
                    s.put("name", rs.getString("name"));
                    s.put("description", rs.getString("description"));
                    s.put("url", rs.getString("url"));
                    putIf(s, "email", rs.getString("email"));
                    s.put("status", rs.getString("status"));
                    putIf(s, "eligibility_description", rs.getString("eligibility_description"));
                    if (rs.getBigDecimal("minimum_age") != null) {
                        s.put("minimum_age", rs.getBigDecimal("minimum_age"));
                    }
                    if (rs.getBigDecimal("maximum_age") != null) {
                        s.put("maximum_age", rs.getBigDecimal("maximum_age"));
                    }
                    putIf(s, "assured_date", rs.getString("assured_date"));
                    Timestamp modified = rs.getTimestamp("last_modified");
                    if (modified != null) {
                        s.put("last_modified", MILLIS.format(modified.toInstant().atOffset(ZoneOffset.UTC)));
                    }
                    if (rs.getObject("o_id") != null) {
                        ObjectNode o = s.putObject("organization");
                        o.put("id", str(rs.getObject("o_id")));
                        o.put("name", rs.getString("o_name"));
                        o.put("description", rs.getString("o_description"));
                        putIf(o, "email", rs.getString("o_email"));
                        putIf(o, "website", rs.getString("o_website"));
                    }
                    if (rs.getString("fees") != null) {
                        ObjectNode cost = s.putArray("cost_options").addObject();
                        cost.put("id", UUID.nameUUIDFromBytes(("cost:" + id).getBytes()).toString());
                        cost.put("service_id", id.toString());
                        cost.put("option", rs.getString("fees"));
                    }
                    if (rs.getString("phone") != null) {
                        ObjectNode phone = s.putArray("phones").addObject();
                        phone.put("id", str(rs.getObject("phone_id") != null ? rs.getObject("phone_id") : UUID.nameUUIDFromBytes(("phone:" + id).getBytes())));
                        phone.put("service_id", id.toString());
                        phone.put("number", rs.getString("phone"));
                    }
                    if (rs.getString("category") != null) {
                        UUID termId = rs.getObject("category_term_id", UUID.class);
                        String termIdText = str(termId != null ? termId : UUID.nameUUIDFromBytes(("term:" + rs.getString("category")).getBytes()));
                        ObjectNode attribute = s.putArray("attributes").addObject();
                        attribute.put("id", UUID.nameUUIDFromBytes(("attribute:" + id).getBytes()).toString());
                        attribute.put("link_id", id.toString());
                        attribute.put("link_type", "service");
                        attribute.put("link_entity", "service");
                        attribute.put("taxonomy_term_id", termIdText);
                        ObjectNode term = attribute.putObject("taxonomy_term");
                        term.put("id", termIdText);
                        term.put("code", rs.getString("category"));
                        term.put("name", rs.getString("category_name") != null ? rs.getString("category_name") : rs.getString("category"));
                        term.put("description", rs.getString("category_name") != null ? rs.getString("category_name") : rs.getString("category"));
                        term.put("vocabulary", VOCABULARY);
                    }
                });
        ArrayNode sals = JSON.createArrayNode();
        jdbc.sql("""
                select sal.id, l.id as l_id, l.name, l.address_id, l.address_1, l.city, l.postal_code
                  from oruk_service_at_location sal join oruk_location l on l.id = sal.location_id where sal.service_id = ? order by sal.id""")
                .param(id)
                .query(rs -> {
                    ObjectNode sal = sals.addObject();
                    sal.put("id", str(rs.getObject("id")));
                    sal.put("service_id", id.toString());
                    sal.put("location_id", str(rs.getObject("l_id")));
                    ObjectNode loc = sal.putObject("location");
                    loc.put("id", str(rs.getObject("l_id")));
                    loc.put("location_type", "physical");
                    putIf(loc, "name", rs.getString("name"));
                    if (rs.getString("address_1") != null) {
                        ObjectNode a = loc.putArray("addresses").addObject();
                        a.put("id", str(rs.getObject("address_id") != null ? rs.getObject("address_id") : UUID.nameUUIDFromBytes(("address:" + rs.getObject("l_id")).getBytes())));
                        a.put("location_id", str(rs.getObject("l_id")));
                        a.put("address_1", rs.getString("address_1"));
                        a.put("city", rs.getString("city") == null ? "" : rs.getString("city"));
                        a.put("state_province", "");
                        a.put("postal_code", rs.getString("postal_code") == null ? "" : rs.getString("postal_code"));
                        a.put("country", "GB");
                        a.put("address_type", "physical");
                    }
                });
        if (!sals.isEmpty()) {
            s.set("service_at_locations", sals);
        }
        return s;
    }

    // ---- small helpers

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Timestamp timestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Timestamp.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** For tests and the demo: the services of an area by name. */
    public Map<String, UUID> idsByName(UUID laId) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        jdbc.sql("select name, id from oruk_service where la_id = ? order by lower(name)").param(laId)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }
}
