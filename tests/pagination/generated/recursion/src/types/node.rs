// Code generated from `tests/fixtures/recursion.json` by `cargo xtask codegen`. DO NOT EDIT.

/// The `Node` structure.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Node {
    /// The `name` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `children` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<crate::types::Node>>,
    /// The `parent` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<crate::types::Node>>,
    /// The `attributes` member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::HashMap<String, crate::types::Node>>,
}

impl Node {
    /// A builder for [`Node`].
    pub fn builder() -> NodeBuilder {
        NodeBuilder::default()
    }
}

/// A builder for [`Node`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NodeBuilder {
    name: Option<String>,
    children: Option<Vec<crate::types::Node>>,
    parent: Option<Box<crate::types::Node>>,
    attributes: Option<::std::collections::HashMap<String, crate::types::Node>>,
}

impl NodeBuilder {
    /// Sets `name`.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }

    /// Sets or clears `name`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }

    /// The value of `name` set so far.
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }

    /// Sets `children`.
    pub fn children(mut self, input: impl Into<Vec<crate::types::Node>>) -> Self {
        self.children = Some(input.into());
        self
    }

    /// Sets or clears `children`.
    pub fn set_children(mut self, input: Option<Vec<crate::types::Node>>) -> Self {
        self.children = input;
        self
    }

    /// The value of `children` set so far.
    pub fn get_children(&self) -> &Option<Vec<crate::types::Node>> {
        &self.children
    }

    /// Sets `parent`.
    pub fn parent(mut self, input: impl Into<crate::types::Node>) -> Self {
        self.parent = Some(Box::new(input.into()));
        self
    }

    /// Sets or clears `parent`.
    pub fn set_parent(mut self, input: Option<Box<crate::types::Node>>) -> Self {
        self.parent = input;
        self
    }

    /// The value of `parent` set so far.
    pub fn get_parent(&self) -> &Option<Box<crate::types::Node>> {
        &self.parent
    }

    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        input: impl Into<::std::collections::HashMap<String, crate::types::Node>>,
    ) -> Self {
        self.attributes = Some(input.into());
        self
    }

    /// Sets or clears `attributes`.
    pub fn set_attributes(
        mut self,
        input: Option<::std::collections::HashMap<String, crate::types::Node>>,
    ) -> Self {
        self.attributes = input;
        self
    }

    /// The value of `attributes` set so far.
    pub fn get_attributes(
        &self,
    ) -> &Option<::std::collections::HashMap<String, crate::types::Node>> {
        &self.attributes
    }

    /// Builds the [`Node`].
    pub fn build(self) -> Node {
        Node {
            name: self.name,
            children: self.children,
            parent: self.parent,
            attributes: self.attributes,
        }
    }
}
