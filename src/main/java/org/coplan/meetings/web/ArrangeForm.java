package org.coplan.meetings.web;

import java.util.ArrayList;
import java.util.List;

/** The arrange-a-meeting form as typed: strings and lists, so nothing typed is lost when it is shown again. */
public class ArrangeForm {

    static final int TIMES = 3;

    public String title = "";
    public String kind;
    public String mode;
    public String place = "";
    public List<String> day = blanks();
    public List<String> month = blanks();
    public List<String> year = blanks();
    public List<String> start = blanks();
    public List<String> length = blanks();
    public List<String> attendees = List.of();
    public String shortNoticeReason = "";
    public String familyAgreed;
    public String clashReason = "";

    private static List<String> blanks() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            l.add("");
        }
        return l;
    }

    private static List<String> padded(List<String> v) {
        List<String> l = new ArrayList<>(v == null ? List.of() : v);
        while (l.size() < TIMES) {
            l.add("");
        }
        return l;
    }

    public void setTitle(String v) { title = v == null ? "" : v; }
    public void setKind(String v) { kind = v; }
    public void setMode(String v) { mode = v; }
    public void setPlace(String v) { place = v == null ? "" : v; }
    public void setDay(List<String> v) { day = padded(v); }
    public void setMonth(List<String> v) { month = padded(v); }
    public void setYear(List<String> v) { year = padded(v); }
    public void setStart(List<String> v) { start = padded(v); }
    public void setLength(List<String> v) { length = padded(v); }
    public void setAttendees(List<String> v) { attendees = v == null ? List.of() : v; }
    public void setShortNoticeReason(String v) { shortNoticeReason = v == null ? "" : v; }
    public void setFamilyAgreed(String v) { familyAgreed = v; }
    public void setClashReason(String v) { clashReason = v == null ? "" : v; }
    public String getTitle() { return title; }
    public String getKind() { return kind; }
    public String getMode() { return mode; }
    public String getPlace() { return place; }
    public List<String> getDay() { return day; }
    public List<String> getMonth() { return month; }
    public List<String> getYear() { return year; }
    public List<String> getStart() { return start; }
    public List<String> getLength() { return length; }
    public List<String> getAttendees() { return attendees; }
    public String getShortNoticeReason() { return shortNoticeReason; }
    public String getFamilyAgreed() { return familyAgreed; }
    public String getClashReason() { return clashReason; }

    boolean rowBlank(int i) {
        return day.get(i).isBlank() && month.get(i).isBlank() && year.get(i).isBlank() && start.get(i).isBlank()
                && length.get(i).isBlank();
    }
}
