import DataMasque
import Foundation

extension UserStore {
    /// The members of a `PATCH` that make it a password change.
    static let passwordChangeFields = ["current_password", "new_password", "re_new_password"]

    /// The editable fields of a user.
    struct Profile {
        var username = ""
        var email = ""
        var roles: [String] = []
        var isActive = true
    }

    /// `user`'s profile (or a blank one) with the fields in `body` applied;
    /// every bad field is added to `errors`.
    ///
    /// Without `user`, `username`, `email` and `user_roles` are required.
    static func profile(
        _ body: Object, of user: EmulatorUser?, others: [EmulatorUser], errors: inout [String: [String]]
    ) -> Profile {
        var profile =
            user.map { Profile(username: $0.username, email: $0.email, roles: $0.roles, isActive: $0.isActive) }
            ?? Profile()
        let partial = user != nil
        if !partial || body["username"] != nil, let username = string("username", in: body, errors: &errors) {
            if username.contains(where: { !($0.isLetter || $0.isNumber || "@.+-_".contains($0)) }) {
                errors["username"] = [
                    "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
                ]
            } else if others.contains(where: { $0.username == username }) {
                errors["username"] = ["A user with that username already exists."]
            }
            profile.username = username
        }
        if !partial || body["email"] != nil, let email = string("email", in: body, errors: &errors) {
            if !isEmailAddress(email) { errors["email"] = ["Enter a valid email address."] }
            profile.email = email
        }
        if !partial || body["user_roles"] != nil, let roles = roles(in: body, errors: &errors) {
            profile.roles = roles
        }
        switch body["is_active"] {
        case .bool(let active)?: profile.isActive = active
        case nil: break
        case .some: errors["is_active"] = ["Must be a valid boolean."]
        }
        return profile
    }

    /// The new password in `body[field]`, confirmed by `body[confirmation]` and passing ``PasswordRules``.
    ///
    /// - Throws: ``APIError`` `400` with `fieldErrors` and any missing field,
    ///   else with `non_field_errors` when the two differ, else naming `field` when the password is weak.
    static func newPassword(
        in body: Object, field: String, confirmation: String, username: String, fieldErrors: [String: [String]]
    ) throws -> String {
        var errors = fieldErrors
        let password = string(field, in: body, errors: &errors)
        let repeated = string(confirmation, in: body, errors: &errors)
        guard errors.isEmpty, let password, let repeated else { throw APIError.fields(errors) }
        guard password == repeated else {
            throw APIError.fields(["non_field_errors": ["The two password fields didn't match."]])
        }
        let problems = PasswordRules.problems(in: password, username: username)
        guard problems.isEmpty else { throw APIError.fields([field: problems]) }
        return password
    }

    /// The non-blank string in `body[key]`; `nil` with an error added otherwise.
    static func string(_ key: String, in body: Object, errors: inout [String: [String]]) -> String? {
        switch body[key] {
        case nil: errors[key] = ["This field is required."]
        case .null?: errors[key] = ["This field may not be null."]
        case .string(let value)? where value.trimmingCharacters(in: .whitespaces).isEmpty:
            errors[key] = ["This field may not be blank."]
        case .string(let value)?: return value
        case .some: errors[key] = ["Not a valid string."]
        }
        return nil
    }

    /// The role names in `body["user_roles"]`;
    /// `ruleset_library_managers` is only allowed together with `mask_builder`.
    private static func roles(in body: Object, errors: inout [String: [String]]) -> [String]? {
        guard case .array(let values)? = body["user_roles"] else {
            errors["user_roles"] = [
                body["user_roles"] == nil ? "This field is required." : "Expected a list of items."
            ]
            return nil
        }
        let names = values.map { $0.stringValue ?? "\($0)" }
        let unknown = names.filter { !Self.roles.contains($0) }
        if !unknown.isEmpty {
            errors["user_roles"] = unknown.map { "\"\($0)\" is not a valid choice." }
        } else if names.contains("ruleset_library_managers"), !names.contains("mask_builder") {
            errors["user_roles"] = ["The ruleset_library_managers role requires the mask_builder role."]
        } else {
            return names
        }
        return nil
    }

    private static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}
