<#-- The phone form and the code form of the phone sign-in (keycloak.v2 login theme), in the city's name and brand
     when tenant-core told them. FreeMarker escapes every value as HTML, the city's name and brand included. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true displayInfo=false; section>
  <#if section = "header">
    ${msg("lingongPhoneTitle")}
  <#elseif section = "form">
    <#if cityName??>
      <p id="city-brand"><#if cityBrand?has_content>${msg("lingongCityBrand", cityName, cityBrand)}<#else>${msg("lingongCity", cityName)}</#if></p>
    </#if>
    <form id="lingong-phone-form" class="pf-v5-c-form" action="${url.loginAction}" method="post" novalidate>
      <#if phase == "phone" || phase == "password">
        <div class="pf-v5-c-form__group">
          <label class="pf-v5-c-form__label" for="phone">
            <span class="pf-v5-c-form__label-text">${msg("lingongPhoneLabel")}</span>
          </label>
          <span class="pf-v5-c-form-control pf-m-required">
            <input id="phone" name="phone" type="tel" inputmode="numeric" autocomplete="tel" maxlength="20"
                   value="${phone}" autofocus aria-invalid="<#if message?has_content>true<#else>false</#if>"/>
          </span>
        </div>
        <#if phase == "password">
          <div class="pf-v5-c-form__group">
            <label class="pf-v5-c-form__label" for="password">
              <span class="pf-v5-c-form__label-text">${msg("lingongPasswordLabel")}</span>
            </label>
            <span class="pf-v5-c-form-control pf-m-required">
              <input id="password" name="password" type="password" autocomplete="current-password"/>
            </span>
          </div>
        </#if>
        <div class="pf-v5-c-form__group">
          <div class="pf-v5-c-check">
            <input class="pf-v5-c-check__input" id="consent" name="consent" type="checkbox" value="${privacyVersion}"/>
            <label class="pf-v5-c-check__label" for="consent">${msg("lingongConsent", privacyVersion)}</label>
            <#if privacyUrl??>
              <a id="privacy-link" href="${privacyUrl}" target="_blank" rel="noopener">${msg("lingongPrivacyRead")}</a>
            </#if>
          </div>
        </div>
        <div class="pf-v5-c-form__group pf-m-action">
          <#if phase == "password">
            <button class="pf-v5-c-button pf-m-primary pf-m-block" type="submit" name="action" value="phonePassword"
                    id="sign-in-password">${msg("lingongSignIn")}</button>
            <button class="pf-v5-c-button pf-m-link" type="submit" name="action" value="change" formnovalidate
                    id="use-code">${msg("lingongUseCode")}</button>
          <#else>
            <button class="pf-v5-c-button pf-m-primary pf-m-block" type="submit" name="action" value="send"
                    id="send-code">${msg("lingongSendCode")}</button>
            <button class="pf-v5-c-button pf-m-link" type="submit" name="action" value="usePhonePassword"
                    formnovalidate id="use-phone-password">${msg("lingongUsePhonePassword")}</button>
          </#if>
        </div>
      <#else>
        <p id="code-sent-to">${msg("lingongCodeSentTo", maskedPhone)}</p>
        <div class="pf-v5-c-form__group">
          <label class="pf-v5-c-form__label" for="code">
            <span class="pf-v5-c-form__label-text">${msg("lingongCodeLabel")}</span>
          </label>
          <span class="pf-v5-c-form-control pf-m-required">
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                   maxlength="${codeLength}" pattern="[0-9]*" autofocus/>
          </span>
        </div>
        <div class="pf-v5-c-form__group pf-m-action">
          <button class="pf-v5-c-button pf-m-primary pf-m-block" type="submit" name="action" value="verify"
                  id="verify-code">${msg("lingongSignIn")}</button>
          <button class="pf-v5-c-button pf-m-link" type="submit" name="action" value="resend"
                  id="resend-code">${msg("lingongResend", coolDownSeconds)}</button>
          <button class="pf-v5-c-button pf-m-link" type="submit" name="action" value="change"
                  id="change-phone">${msg("lingongChangePhone")}</button>
        </div>
      </#if>
      <div class="pf-v5-c-form__group">
        <button class="pf-v5-c-button pf-m-link" type="submit" name="action" value="password" formnovalidate
                id="use-password">${msg("lingongUsePassword")}</button>
      </div>
    </form>
  </#if>
</@layout.registrationLayout>
