// Code generated from `tests/fixtures/sensitive.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Login` structure.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Login {
    /// The `user` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The `password` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

impl Login {
    /// A builder for [`Login`].
    pub fn builder() -> LoginBuilder {
        LoginBuilder::default()
    }
}

impl ::std::fmt::Debug for Login {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Login")
            .field("user", &"*** Sensitive Data Redacted ***")
            .field("password", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// A builder for [`Login`].
#[derive(Clone, PartialEq, Default)]
pub struct LoginBuilder {
    user: Option<String>,
    password: Option<String>,
}

impl LoginBuilder {
    /// Sets `user`.
    pub fn user(mut self, input: impl Into<String>) -> Self {
        self.user = Some(input.into());
        self
    }

    /// Sets or clears `user`.
    pub fn set_user(mut self, input: Option<String>) -> Self {
        self.user = input;
        self
    }

    /// The value of `user` set so far.
    pub fn get_user(&self) -> &Option<String> {
        &self.user
    }

    /// Sets `password`.
    pub fn password(mut self, input: impl Into<String>) -> Self {
        self.password = Some(input.into());
        self
    }

    /// Sets or clears `password`.
    pub fn set_password(mut self, input: Option<String>) -> Self {
        self.password = input;
        self
    }

    /// The value of `password` set so far.
    pub fn get_password(&self) -> &Option<String> {
        &self.password
    }

    /// Builds the [`Login`].
    pub fn build(self) -> Login {
        Login {
            user: self.user,
            password: self.password,
        }
    }
}

impl ::std::fmt::Debug for LoginBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoginBuilder")
            .field("user", &"*** Sensitive Data Redacted ***")
            .field("password", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
