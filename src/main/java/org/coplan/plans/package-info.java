/** SEN support plans and EHC plans (sections A to K), contributions, responses, revisions and versions. */
package org.coplan.plans;
