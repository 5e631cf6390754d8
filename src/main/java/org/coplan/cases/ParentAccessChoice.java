package org.coplan.cases;

/**
 * What a young person has said about their parent's or carer's access to their record. Until they
 * say, parents keep the access they had: most young people want their family to stay involved,
 * and cutting a parent off without the young person asking would be its own harm.
 */
public enum ParentAccessChoice {
    NOT_RECORDED,
    FULL,
    VIEW_ONLY,
    NONE
}
