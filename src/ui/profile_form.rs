//! The profile fields, shared by onboarding and the profile page.

use leptos::prelude::*;

use super::use_i18n;
use crate::domain::{Catalog, Profile, portfolio::ProfileField};

/// Labelled inputs for every profile field. `profile` is read for the values; `on_input` gets
/// each change as it is typed.
#[component]
pub fn ProfileFields(
    #[prop(into)] profile: Signal<Profile>,
    #[prop(into)] on_input: Callback<(ProfileField, String)>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text_field = move |field: ProfileField, id: &'static str, autocomplete: &'static str| {
        let label = move || {
            let t = i18n.t();
            match field {
                ProfileField::Name => t.field_name,
                ProfileField::Role => t.field_role,
                ProfileField::Organisation => t.field_organisation,
                ProfileField::Manager => t.field_manager,
                _ => t.field_cohort_start,
            }
        };
        let hint = (field == ProfileField::Organisation).then(|| {
            view! { <p class="hint" id=format!("{id}-hint")>{i18n.text(|t| t.field_organisation_hint)}</p> }
        });
        let described = (field == ProfileField::Organisation).then(|| format!("{id}-hint"));
        let kind = if field == ProfileField::CohortStart { "date" } else { "text" };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {hint}
                <input
                    id=id
                    type=kind
                    autocomplete=autocomplete
                    aria-describedby=described
                    disabled=move || disabled.get()
                    prop:value=move || profile.with(|p| p.get(field).to_owned())
                    on:input=move |ev| on_input.run((field, event_target_value(&ev)))
                />
            </div>
        }
    };
    let programme_choice = move |id: Option<&'static str>, label: Signal<String>| {
        let value = id.unwrap_or("");
        let input_id = format!("profile-programme-{}", id.unwrap_or("none"));
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="profile-programme"
                    id=input_id.clone()
                    value=value
                    disabled=move || disabled.get()
                    prop:checked=move || profile.with(|p| p.programme.as_deref() == id)
                    on:change=move |_| on_input.run((ProfileField::Programme, value.to_owned()))
                />
                // A programme's name is Dutch content, whatever the interface language.
                <label for=input_id lang=id.map(|_| "nl")>{label}</label>
            </div>
        }
    };
    let choices = Catalog::embedded()
        .programmes()
        .iter()
        .map(|p| {
            let label = format!("{} – {}", p.code, p.name);
            programme_choice(Some(&p.id), Signal::derive(move || label.clone()))
        })
        .collect_view();
    view! {
        {text_field(ProfileField::Name, "profile-name", "name")}
        {text_field(ProfileField::Role, "profile-role", "organization-title")}
        {text_field(ProfileField::Organisation, "profile-organisation", "organization")}
        {text_field(ProfileField::Manager, "profile-manager", "off")}
        <fieldset class="field choices">
            <legend>{i18n.text(|t| t.field_programme)}</legend>
            {choices}
            {programme_choice(None, Signal::derive(move || i18n.t().programme_not_chosen.to_owned()))}
        </fieldset>
        {text_field(ProfileField::CohortStart, "profile-cohort-start", "off")}
    }
}
