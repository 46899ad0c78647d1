package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupTotalsTest {

  @Test
  void aCountAfterAPartOfItIsTheGroupsTotal() {
    assertTrue(GroupTotals.isTotal("Two out of "));
    assertTrue(GroupTotals.isTotal("found guilty by four of the "));
    assertTrue(GroupTotals.isTotal("dos de los "));
    assertTrue(GroupTotals.isTotal("votaron 3 de "));
    assertTrue(GroupTotals.isTotal("se requieren 90 votos de los "));
    assertTrue(GroupTotals.isTotal("con 90 votos a favor de "));
    assertTrue(GroupTotals.isTotal("backed by 90 lawmakers out of "));
    assertFalse(GroupTotals.isTotal("con 90 votos a favor de la moción de los "));
  }

  @Test
  void otherCountsAreNot() {
    assertFalse(GroupTotals.isTotal("the support of "));
    assertFalse(GroupTotals.isTotal("a court of "));
    assertFalse(GroupTotals.isTotal("el apoyo de los "));
    assertFalse(GroupTotals.isTotal("in 2019 "));
  }
}
