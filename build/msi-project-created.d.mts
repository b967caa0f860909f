// Types for build/msi-project-created.mjs (plain JavaScript so electron-builder can load it without a compiler).
export declare const REGISTRATION_COMPONENT_GUID: string;
export declare const URL_SCHEMES: string[];
export declare const CAPABILITIES_KEY: string;
export declare const REGISTERED_APP_NAME: string;
export declare const POLICY_FOLDER_COMPONENT_GUID: string;
export declare const POLICY_FOLDER_SDDL: string;
export declare function policyFolder(): { directory: string; component: string };
export declare function registrationValues(): [key: string, name: string, value: string][];
export declare function registrationComponent(): string;
export declare function addUrlRegistration(wxs: string): string;
export default function msiProjectCreated(projectFile: string): Promise<void>;
