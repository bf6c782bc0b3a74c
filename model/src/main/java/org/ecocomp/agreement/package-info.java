/**
 * Agreements: rounds of clauses (the sealed {@link org.ecocomp.agreement.Clause} family covers every
 * mechanism in use, from Xin'an's index bet to Chishui's pooled fund), and their settlement, year by
 * year, into transfers between parties and an auditable ledger.
 */
package org.ecocomp.agreement;
