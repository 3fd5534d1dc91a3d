package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What the story does not show: signing in with the keyboard alone, the English toggle (the services' own
 * English messages, message.en / messageEn, beside the fields), and a tablet-width window without sideways
 * scrolling.
 */
class BrowserLanguageAndLayoutIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onSuite();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signsInWithTheKeyboardAlone() {
        browser.open("");
        browser.driver().manage().deleteAllCookies();
        ((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear()");
        browser.driver().navigate().refresh();
        // radios: the arrow key moves to the next demo user (李娜) and selects her; Tab reaches 登录, Enter presses it
        WebElement first = browser.find(By.id("user-zhangwei"));
        first.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.find(By.id("user-lina")).isSelected()).isTrue();
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("login-submit");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "李娜"));
    }

    @Test
    void showsTheServicesEnglishMessagesBesideTheFieldsAndFitsATablet() {
        browser.signIn("lina", "李娜");
        browser.click(By.id("lang-toggle"));
        browser.await(ExpectedConditions.textToBe(By.id("logout"), "Sign out"));
        browser.open("#/drafts/new?type=通知");
        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.type(By.id("f-title"), "江城市民政局关于做好2027年元旦春节期间困难群众走访慰问工作的通知");
        browser.type(By.id("f-body"), "各区民政局要做好走访慰问工作。");
        new Select(browser.find(By.id("f-classification"))).selectByValue("秘密");
        browser.type(By.id("f-classificationPeriodYears"), "15");
        browser.click(By.id("check"));
        // GB-SEC-3 (秘密 ≤ 10 years) in the service's English, with the fix it suggests
        WebElement violation = browser.find(By.cssSelector("#f-classificationPeriodYears-errors .violation[data-rule='GB-SEC-3']"));
        assertThat(violation.findElement(By.cssSelector("button.fix")).getText()).isEqualTo("Use: 10");
        assertThat(violation.getText()).startsWith("Error");
        long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("sideways scrolling at tablet width").isLessThanOrEqualTo(0);
        browser.screenshot("15-tablet-english-format-check");
        violation.findElement(By.cssSelector("button.fix")).click();
        // the fix is saved and checked again: GB-SEC-3 is gone (other rules, such as 份号 for 涉密, may remain)
        browser.await(d -> d.findElements(By.cssSelector("#check-result [data-rule='GB-SEC-3']")).isEmpty()
                && !d.findElements(By.cssSelector("#check-result .violation, #check-result .ok")).isEmpty());
        assertThat(browser.find(By.id("f-classificationPeriodYears")).getAttribute("value")).isEqualTo("10");
        browser.click(By.id("lang-toggle"));
        browser.await(ExpectedConditions.textToBe(By.id("logout"), "退出"));
    }
}
