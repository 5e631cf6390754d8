package org.coplan.meetings.web;

/** The move-a-meeting form as typed, so nothing typed is lost when it is shown again. */
public class MoveForm {

    public String whenDay = "";
    public String whenMonth = "";
    public String whenYear = "";
    public String start = "";
    public String length = "";
    public String shortNoticeReason = "";
    public String familyAgreed;
    public String clashReason = "";

    public void setWhenDay(String v) { whenDay = v == null ? "" : v; }
    public void setWhenMonth(String v) { whenMonth = v == null ? "" : v; }
    public void setWhenYear(String v) { whenYear = v == null ? "" : v; }
    public void setStart(String v) { start = v == null ? "" : v; }
    public void setLength(String v) { length = v == null ? "" : v; }
    public void setShortNoticeReason(String v) { shortNoticeReason = v == null ? "" : v; }
    public void setFamilyAgreed(String v) { familyAgreed = v; }
    public void setClashReason(String v) { clashReason = v == null ? "" : v; }
    public String getWhenDay() { return whenDay; }
    public String getWhenMonth() { return whenMonth; }
    public String getWhenYear() { return whenYear; }
    public String getStart() { return start; }
    public String getLength() { return length; }
    public String getShortNoticeReason() { return shortNoticeReason; }
    public String getFamilyAgreed() { return familyAgreed; }
    public String getClashReason() { return clashReason; }
}
